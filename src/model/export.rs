//! Where an exported map image puts its legend and source line. (The dataset as CSV is a static
//! file written by `scripts/feed.mjs`.)

/// Where the exported image puts the legend and the source line, below a 1000×500 map that starts
/// at y = 45: the image grows with the legend, so its last row never runs into the source line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExportLayout {
    /// Baseline of the first legend row.
    pub legend_top: f64,
    pub row_height: f64,
    pub columns: usize,
    /// Baseline of the source line.
    pub source_y: f64,
    pub height: f64,
}

pub fn export_layout(legend_entries: usize) -> ExportLayout {
    let (legend_top, row_height, columns) = (572.0, 22.0, 3);
    let rows = legend_entries.div_ceil(columns).max(1);
    let last_row = legend_top + (rows - 1) as f64 * row_height;
    let source_y = last_row + 28.0;
    ExportLayout { legend_top, row_height, columns, source_y, height: source_y + 14.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_never_runs_into_the_source_line() {
        for n in 0..=20 {
            let l = export_layout(n);
            let last_row = l.legend_top + (n.max(1).div_ceil(l.columns) - 1) as f64 * l.row_height;
            // 14 px text: the source line's top (baseline - 12) is below the last row's baseline + descent.
            assert!(l.source_y - 12.0 >= last_row + 6.0, "{n} entries: {l:?}");
            assert!(l.height >= l.source_y + 4.0, "{n} entries: the source line is inside the image");
        }
    }
}
