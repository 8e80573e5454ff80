//! Plain-language English wording for themes and statuses, shared by map, legend, panel and
//! About. Kept beside the codes so a new code cannot ship without words.

use super::i18n::{self, Lang};
use super::{Shown, Status, Theme};

pub fn theme_label(theme: Theme) -> &'static str {
    i18n::theme_label(Lang::En, theme)
}

pub fn status_label(theme: Theme, status: Status) -> &'static str {
    i18n::shown_label(Lang::En, theme, Shown::Status(status))
}

/// What a status means, for the About view.
pub fn status_description(theme: Theme, status: Status) -> &'static str {
    use Status::*;
    match (theme, status) {
        (_, HighApplication) => "Death sentences or executions for drug offences are a regular part of the justice system (HRI).",
        (_, LowApplication) => "Executions for drugs are exceptional, but death sentences are handed down (HRI).",
        (_, Symbolic) => "The death penalty for drugs is in the law, but no execution for drugs is known in recent years (HRI).",
        (_, InsufficientData) => "The country retains the death penalty for drugs but too little is known about its use (HRI).",
        (_, NoDeathPenalty) => "Drug offences cannot be punished by death.",
        (_, DeJureAll) => "The law removes criminal penalties for possessing any drug for personal use (fines or referrals may remain).",
        (_, DeJureCannabis) => "The law removes criminal penalties for possessing cannabis for personal use only.",
        (_, DeFacto) => "Possession is still a crime in law, but policy or court rulings mean people are not prosecuted.",
        (_, SubnationalDecriminalisation) => "Only some states, provinces or territories have decriminalised.",
        (_, NoDecriminalisation) => "Possessing drugs for personal use is a criminal offence.",
        (_, AdultUseMarket) => "Adults can buy a drug (usually cannabis) legally from licensed or state sellers.",
        (_, AdultUsePersonal) => "Adults may legally use or grow a drug (usually cannabis), but there are no shops.",
        (_, SubnationalRegulation) => "Legal adult use exists in some states or provinces only.",
        (_, MedicalOnly) => "Only medical use (e.g. of cannabis) is legal.",
        (_, NoRegulation) => "There is no legal supply for non-medical use.",
        (_, Comprehensive) => "Needle and syringe programmes and opioid agonist therapy at scale, with naloxone or consumption rooms.",
        (_, Partial) => "Some harm reduction services exist.",
        (_, NoHarmReduction) => "No needle and syringe programme or opioid agonist therapy was found.",
        (Theme::LethalCrackdown, Documented) => "Human rights groups have documented killings of suspected drug users or sellers in anti-drug operations.",
        (_, Documented) => "People who use drugs are detained for compulsory 'treatment' without due process.",
        (Theme::LethalCrackdown, NoneDocumented) => "No extrajudicial killings in anti-drug operations were found in our sources.",
        (_, NoneDocumented) => "No compulsory drug detention was found in our sources.",
        (_, CorporalYes) => "The law allows caning, flogging or whipping for drug offences.",
        (_, CorporalNo) => "No corporal punishment for drug offences was found.",
        (_, NotConfirmed) => "Our sources could not settle this; the panel says why.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_words() {
        for theme in Theme::ALL {
            assert!(!theme_label(theme).is_empty());
            assert!(!status_label(theme, theme.statuses()[0]).is_empty());
            for &s in theme.statuses() {
                assert!(!status_description(theme, s).is_empty());
            }
        }
    }
}
