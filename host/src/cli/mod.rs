//! What the `storyloom` command does besides serving: the operator's plugin
//! commands (`storyloom plugins`, `approve`, `revoke`). The binary parses the
//! arguments; these functions do the work and return the text to print.

pub mod plugins;
