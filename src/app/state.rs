//! The one place state lives, and the actions that change it.

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

use crate::model::budget::{Budget, BudgetError, EffectOutcome};
use crate::model::compare::Scenarios;
use crate::model::preset::Preset;
use crate::model::url::link::Loaded;
use crate::model::url::notice::Notice;
use crate::model::{compute, Evaluation, Form, Lang, Results};

/// Shared by every component through context. All fields are `Copy`
/// handles, so the struct is too.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    /// What the user typed, field by field.
    pub form: RwSignal<Form>,
    /// The preset last loaded, for its source and published figure.
    pub preset: RwSignal<Option<&'static Preset>>,
    /// Whether the examples' records are in the page, being fetched, or
    /// could not be fetched (see `app::examples::presets`).
    pub examples: RwSignal<Fetch>,
    /// The user's own scenario an example replaced, until it is brought
    /// back or another scenario replaces it (see [`AppState::load_preset`]).
    pub undo: RwSignal<Option<Undo>>,
    /// Query values that were ignored at load.
    pub notices: RwSignal<Vec<Notice>>,
    /// Scenarios saved for comparison, each with its own copy of the form.
    pub scenarios: RwSignal<Scenarios>,
    /// Derived: per-field errors and, when valid, the scenario.
    pub evaluation: Memo<Evaluation>,
    /// Derived: the results, when the scenario is valid.
    pub results: Memo<Option<Results>>,
    /// Derived: the multi-year budget, when the scenario is valid.
    pub budget: Memo<Option<Result<Budget, BudgetError>>>,
    /// Derived: what the budget says of the expected effect (payback year,
    /// net effect), when one was entered; the result panel and the phone's
    /// summary bar both show it.
    pub effect: Memo<Option<EffectOutcome>>,
    /// What the last share action (copy, file, restore) came to, said in
    /// a live region; cleared when the language changes.
    pub share_status: RwSignal<String>,
    /// English was asked for (by the switch, or by the link or autosave at
    /// start) and could not be fetched; said by the language switch.
    pub english_failed: RwSignal<bool>,
    /// The autosaved scenario was there but could not be read, so the page
    /// started from the defaults (`app::first_screen::saved_notice` says so).
    pub saved_ignored: RwSignal<bool>,
    /// Another tab of the page has autosaved a scenario other than this
    /// one's (set by `app::browser::other_tabs`): offered by
    /// `app::first_screen::other_tab_notice` instead of replacing what the user sees.
    pub other_tab: RwSignal<bool>,
    /// The full page: the scenario is kept in the URL and in storage, and
    /// so are the scenarios saved for comparison. `false` when embedded or
    /// mounted by a test (see `super::start`).
    pub keeps: bool,
    /// Ticks once after the browser has painted a change of the form, the
    /// language, the preset or the saved scenarios (see `after_paint`).
    /// Everything below the key figures (tables, charts, explanation)
    /// follows this tick ([`AppState::later`]) instead of every keystroke:
    /// the figures reach the screen first, and a burst of keystrokes within
    /// one frame costs one update of the rest.
    pub painted: ReadSignal<u32>,
}

impl AppState {
    pub fn new(loaded: Loaded, keeps: bool) -> AppState {
        let lang = RwSignal::new(loaded.lang);
        let form = RwSignal::new(loaded.form);
        let preset = RwSignal::new(loaded.preset);
        let scenarios = RwSignal::new(Scenarios::default());
        let evaluation = Memo::new(move |_| form.with(|f| f.evaluate(lang.get())));
        let results = Memo::new(move |_| evaluation.with(|e| e.scenario.as_ref().map(compute)));
        let budget = Memo::new(move |_| {
            evaluation.with(|e| {
                let (scenario, plan) = (e.scenario.as_ref()?, e.plan.as_ref()?);
                results.with(|r| Some(plan.budget(scenario, r.as_ref()?)))
            })
        });
        let effect = Memo::new(move |_| {
            budget.with(|b| b.as_ref().and_then(|b| b.as_ref().ok()?.effect_outcome()))
        });
        AppState {
            painted: after_paint(move || {
                form.with(|_| ());
                lang.get();
                preset.with(|_| ());
                scenarios.with(|_| ());
            }),
            lang,
            form,
            preset,
            examples: RwSignal::new(if crate::model::preset::loaded() {
                Fetch::Ready
            } else {
                Fetch::Idle
            }),
            undo: RwSignal::new(None),
            notices: RwSignal::new(loaded.notices),
            scenarios,
            evaluation,
            results,
            budget,
            effect,
            share_status: RwSignal::new(String::new()),
            english_failed: RwSignal::new(false),
            saved_ignored: RwSignal::new(false),
            other_tab: RwSignal::new(false),
            keeps,
        }
    }

    /// Replaces the whole scenario with one read from a file.
    pub fn apply(&self, loaded: Loaded) {
        self.lang.set(loaded.lang);
        self.form.set(loaded.form);
        self.preset.set(loaded.preset);
        self.notices.set(loaded.notices);
        self.undo.set(None);
    }

    /// Switches language, rewriting the typed numbers into the new
    /// convention so no value is lost or misread.
    pub fn set_lang(&self, to: Lang) {
        let from = self.lang.get_untracked();
        if from != to {
            self.form.update(|f| f.relocalize(from, to));
            self.lang.set(to);
            self.share_status.set(String::new());
        }
    }

    /// Loads an example's scenario. When that replaces work of the user's
    /// own (a form that is neither the defaults nor the example last
    /// loaded), the work is kept for [`AppState::undo`].
    pub fn load_preset(&self, preset: &'static Preset) {
        let lang = self.lang.get_untracked();
        let form = preset.to_form(lang);
        let before = self.form.get_untracked();
        let previous = self.preset.get_untracked();
        let own = before != Form::new(lang) && previous.is_none_or(|p| before != p.to_form(lang));
        self.undo.set((own && before != form).then(|| Undo {
            form: before,
            preset: previous,
            after: form.clone(),
        }));
        self.form.set(form);
        self.preset.set(Some(preset));
    }

    /// Brings back the scenario the last example replaced.
    pub fn undo(&self) {
        if let Some(u) = self.undo.get_untracked() {
            self.form.set(u.form);
            self.preset.set(u.preset);
            self.undo.set(None);
        }
    }

    /// Whether "undo" is offered: only while the example's scenario is
    /// untouched (once edited, undoing would throw away the new edits too).
    pub fn can_undo(&self) -> bool {
        self.undo.with(|u| {
            u.as_ref()
                .is_some_and(|u| self.form.with(|f| *f == u.after))
        })
    }

    pub fn reset(&self) {
        self.form.set(Form::new(self.lang.get_untracked()));
        self.preset.set(None);
        self.undo.set(None);
        self.saved_ignored.set(false);
    }

    /// A memo of `f` that follows the state one paint late (see
    /// [`AppState::painted`]): the tables below the key figures are brought
    /// up to date after the figures have been drawn, not before.
    pub fn later<T>(&self, f: impl Fn() -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Send + Sync + 'static,
    {
        let painted = self.painted;
        Memo::new(move |_| {
            painted.track();
            untrack(&f)
        })
    }

    /// The name shown for a group: its own, or "Målgruppe N".
    pub fn group_label(&self, id: u32) -> String {
        let lang = self.lang.get();
        self.form.with(|f| {
            let index = f.groups.iter().position(|g| g.id == id).unwrap_or(0);
            match f.groups.get(index) {
                Some(g) if !g.name.trim().is_empty() => g.name.clone(),
                _ => (lang.t().group_default_name)(index + 1),
            }
        })
    }
}

/// The scenario an example replaced, and the example's form as loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct Undo {
    pub form: Form,
    pub preset: Option<&'static Preset>,
    pub after: Form,
}

/// A counter that goes up once after the next paint whenever a signal read
/// by `track` changes (several changes before that paint count once).
///
/// "After the paint" is a timeout set in the animation frame: the frame
/// paints what the change updated synchronously (the figures), then the
/// timeout runs before the next frame. What reads the counter (the charts)
/// is drawn one frame later, never in the way of the figures.
fn after_paint(track: impl Fn() + 'static) -> ReadSignal<u32> {
    let (painted, set_painted) = signal(0u32);
    let pending = Rc::new(Cell::new(false));
    Effect::new(move |first: Option<()>| {
        track();
        if first.is_none() || pending.replace(true) {
            return;
        }
        let pending = pending.clone();
        request_animation_frame(move || {
            set_timeout(
                move || {
                    pending.set(false);
                    set_painted.update(|n| *n = n.wrapping_add(1));
                },
                std::time::Duration::ZERO,
            );
        });
    });
    painted
}

/// Where the examples' records stand, for the picker to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fetch {
    /// Not asked for yet.
    Idle,
    /// Being fetched; the example named is loaded when they come.
    Busy(&'static str),
    /// Could not be fetched; "Prøv igen" asks again for this example.
    Failed(&'static str),
    /// In the page.
    Ready,
}
