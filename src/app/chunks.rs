//! The release wasm's split points and what loads them: the sections below
//! the first screen and the English texts are chunks fetched after the first
//! render ([`below`], [`english`]), revealed as they arrive ([`reveal`]).

pub mod below;
pub mod below_failed;
pub mod reveal;
