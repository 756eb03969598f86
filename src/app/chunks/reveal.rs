//! Adds the sections below the key figures to the page after its first
//! render: first their code ([`below::load`]), then one section per task.

use leptos::prelude::*;

use crate::app::browser::focus::focus_after_render;
use crate::app::chunks::below;

/// The DOM id of the sections' wrapper (focused after a retry).
pub const BELOW_ID: &str = "below";

/// The sections below the results are added to the page one per task after
/// the first render, which builds only the top (header, inputs, key
/// figures). Building the whole page in one go blocked the main thread for
/// 170–350 ms on the project's machine (Lighthouse's Total Blocking Time);
/// in steps, the figures are on screen first and the page answers input
/// between the steps. In release builds their code is fetched first
/// ([`below::load`]). Their wrapper (`.below`) is `aria-busy` until the last
/// one is in or the fetch has failed.
#[derive(Clone, Copy)]
pub struct Reveal {
    count: usize,
    done: RwSignal<usize>,
    code: RwSignal<Code>,
}

/// Where the sections' code is.
#[derive(Clone, Copy)]
enum Code {
    Loading,
    Ready(&'static [below::Render; below::SECTIONS.len()]),
    Failed,
}

impl Reveal {
    /// Whether step `i` is on the page yet (changes once, false → true).
    pub fn shows(self, i: usize) -> Memo<bool> {
        let done = self.done;
        Memo::new(move |_| done.get() > i)
    }

    /// Renders `below::SECTIONS[part]`; called once its step [`shows`](Self::shows).
    pub fn render(self, part: usize, embedded: bool) -> Option<AnyView> {
        match self.code.get_untracked() {
            Code::Ready(render) => Some(render[part](embedded)),
            Code::Loading | Code::Failed => None,
        }
    }

    pub fn busy(self) -> bool {
        self.done.get() < self.count && !self.failed()
    }

    pub fn failed(self) -> bool {
        matches!(self.code.get(), Code::Failed)
    }

    /// Tries again after a failed fetch (the notice's button); once the
    /// sections arrive, focus moves to them, as the button is gone.
    pub fn retry(self) {
        if self.failed() {
            self.load(true);
        }
    }

    /// Fetches the sections' code, then adds them one per task.
    fn load(self, focus: bool) {
        self.code.set(Code::Loading);
        leptos::task::spawn_local(async move {
            match below::load().await {
                Ok(render) => {
                    self.code.set(Code::Ready(render));
                    self.step();
                    if focus {
                        focus_after_render(BELOW_ID.to_owned());
                    }
                }
                Err(_) => self.code.set(Code::Failed),
            }
        });
    }

    fn step(self) {
        set_timeout(
            move || {
                let more = self.done.try_update(|n| {
                    *n += 1;
                    *n < self.count
                });
                if more == Some(true) {
                    self.step();
                }
            },
            std::time::Duration::ZERO,
        );
    }
}

/// Starts adding `count` parts.
pub fn reveal(count: usize) -> Reveal {
    let r = Reveal {
        count,
        done: RwSignal::new(0),
        code: RwSignal::new(Code::Loading),
    };
    if count > 0 {
        r.load(false);
    }
    r
}
