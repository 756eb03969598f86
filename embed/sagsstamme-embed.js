/*
 * Sagsstamme-beregneren: host script for embedding pages.
 *
 *   <iframe src="https://…/?…&embed=1" title="…" data-sagsstamme …></iframe>
 *   <script src="https://…/embed/sagsstamme-embed.js" async></script>
 *
 * For every <iframe data-sagsstamme> on the page it
 * - sets the frame's height from {type: "sagsstamme:height", height} messages,
 * - re-dispatches {type: "sagsstamme:result", …} messages as a bubbling
 *   "sagsstamme:result" DOM event on the iframe (the message in event.detail),
 * and accepts a message only when it comes from that frame's window
 * (event.source) AND from the origin of the frame's src (event.origin).
 * It asks each frame to report again ("sagsstamme:ping") when the frame
 * loads, in case the calculator reported before this script ran.
 */
(function () {
  'use strict';
  if (window.sagsstammeEmbed) return;
  window.sagsstammeEmbed = true;

  var SELECTOR = 'iframe[data-sagsstamme]';

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function frameFor(event) {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        return originOf(frames[i]) === event.origin ? frames[i] : null;
      }
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data.type !== 'string') return;
    var frame = frameFor(event);
    if (!frame) return;
    if (data.type === 'sagsstamme:height') {
      var height = Number(data.height);
      if (height > 0 && height < 100000) frame.style.height = Math.ceil(height) + 'px';
    } else if (data.type === 'sagsstamme:result') {
      frame.dispatchEvent(new CustomEvent('sagsstamme:result', { bubbles: true, detail: data }));
    }
  });

  // The ping carries nothing, so it may go to whatever the frame holds
  // ("*"): a frame still on about:blank would make a named origin log an
  // error on the host page.
  function ping(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: 'sagsstamme:ping' }, '*');
  }

  function watch(frame) {
    if (frame.sagsstammeWatched) return;
    frame.sagsstammeWatched = true;
    frame.addEventListener('load', function () {
      ping(frame);
    });
    ping(frame);
  }

  function watchAll() {
    Array.prototype.forEach.call(document.querySelectorAll(SELECTOR), watch);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watchAll);
  } else {
    watchAll();
  }
})();
