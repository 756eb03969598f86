// The page's first paint, before the wasm has arrived: index.html holds the
// page's title and intro in Danish (#shell), which the app replaces with its
// own header when it starts. This script runs before that paint (a classic
// script in <head> blocks rendering, and loads in parallel with the CSS),
// and hides the shell where it would be wrong: an embedded calculator has no
// visible header (model::embed: `embed=1`), and a page asked for in another
// language (model::query: `lang`) should not flash Danish text. Known
// differences, harmless because the app corrects them within a moment: a
// bare address whose autosaved scenario is English shows the Danish shell
// first, and keys past the 256th pair (which the app ignores) count here.
(function () {
  var query = new URLSearchParams(location.search);
  if (query.get('embed') === '1' || (query.get('lang') || 'da') !== 'da') {
    document.documentElement.classList.add('no-shell');
  }
})();
