//! Entry point of the WebAssembly page: mounts the app on `<body>`.

fn main() {
    sagsstamme::app::mount();
}
