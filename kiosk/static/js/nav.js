// Moving between screens without reloading: history.pushState, then the app redraws.

let redraw = () => {};

export function setRedraw(fn) {
  redraw = fn;
}

export function navigate(href, { replaceState = false } = {}) {
  if (replaceState) history.replaceState(null, "", href);
  else history.pushState(null, "", href);
  window.scrollTo(0, 0);
  redraw();
}

export function redrawScreen() {
  redraw();
}
