//! The one I/O edge: fetching a data file as text, with a timeout per attempt and retries
//! with backoff. Returns our own `Clone` error so resources and views can hold it.

use crate::model::i18n::{load_error, Lang, LoadFailure};
use crate::model::DataError;
use gloo_net::http::Request;
use gloo_timers::future::TimeoutFuture;
use std::fmt;

/// How long one attempt may take before it is abandoned.
pub const ATTEMPT_TIMEOUT_MS: u32 = 10_000;
/// Attempts before a failure is reported.
pub const ATTEMPTS: u32 = 3;
const BACKOFF_MS: [u32; 2] = [600, 1_800];

#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// No answer: offline, DNS, refused connection, CORS.
    Network { file: String },
    /// No answer within the time limit.
    Timeout { file: String },
    /// The server answered with an error status.
    Http { file: String, status: u16 },
    /// The file arrived but could not be read.
    Parse { file: String, message: String },
}

impl LoadError {
    pub fn file(&self) -> &str {
        match self {
            LoadError::Network { file }
            | LoadError::Timeout { file }
            | LoadError::Http { file, .. }
            | LoadError::Parse { file, .. } => file,
        }
    }

    fn is_retryable(&self) -> bool {
        match self {
            LoadError::Network { .. } | LoadError::Timeout { .. } => true,
            LoadError::Http { status, .. } => *status >= 500 || *status == 408 || *status == 429,
            LoadError::Parse { .. } => false,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Network { file } => write!(f, "{file} could not be downloaded: the network is unavailable."),
            LoadError::Timeout { file } => write!(f, "{file} took too long to download."),
            LoadError::Http { file, status } => {
                write!(f, "{file} could not be downloaded: the server answered {status}.")
            }
            LoadError::Parse { file, message } => write!(f, "{file} is damaged: {message}"),
        }
    }
}

impl std::error::Error for LoadError {}

/// A file that arrived but failed to parse: named by the parser's own file field.
impl From<DataError> for LoadError {
    fn from(e: DataError) -> Self {
        LoadError::Parse { file: e.file.clone(), message: e.to_string() }
    }
}

impl LoadError {
    /// The message in the interface language. A parser's own detail stays as the parser wrote it.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            LoadError::Network { file } => load_error(lang, LoadFailure::Network, file),
            LoadError::Timeout { file } => load_error(lang, LoadFailure::Timeout, file),
            LoadError::Http { file, status } => load_error(lang, LoadFailure::Http(*status), file),
            LoadError::Parse { file, message } => load_error(lang, LoadFailure::Damaged(message), file),
        }
    }
}

/// Progress of one file, reported to the loading screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attempt {
    Started(u32),
    Retrying(u32),
}

async fn attempt(url: &str, file: &str) -> Result<String, LoadError> {
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    // Aborting the request makes `send` fail; the flag tells that apart from a network error.
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = {
        let timed_out = timed_out.clone();
        let controller = controller.clone();
        gloo_timers::callback::Timeout::new(ATTEMPT_TIMEOUT_MS, move || {
            timed_out.set(true);
            if let Some(c) = controller {
                c.abort();
            }
        })
    };
    let file_owned = || file.to_string();
    let result = async {
        let response = Request::get(url)
            .abort_signal(signal.as_ref())
            .send()
            .await
            .map_err(|_| LoadError::Network { file: file_owned() })?;
        if !response.ok() {
            return Err(LoadError::Http { file: file_owned(), status: response.status() });
        }
        response.text().await.map_err(|_| LoadError::Network { file: file_owned() })
    }
    .await;
    timer.cancel();
    match result {
        Err(LoadError::Network { .. }) if timed_out.get() => Err(LoadError::Timeout { file: file_owned() }),
        other => other,
    }
}

/// Fetches `url` (a path on our own origin) as text. `file` names it in errors.
pub async fn fetch_text(url: &str, file: &str, on_attempt: impl Fn(Attempt)) -> Result<String, LoadError> {
    let mut n = 1;
    loop {
        on_attempt(if n == 1 { Attempt::Started(n) } else { Attempt::Retrying(n) });
        match attempt(url, file).await {
            Err(e) if e.is_retryable() && n < ATTEMPTS => {
                TimeoutFuture::new(BACKOFF_MS[(n - 1) as usize]).await;
                n += 1;
            }
            other => return other,
        }
    }
}
