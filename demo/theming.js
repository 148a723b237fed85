// The theming demo's page switch: a class on <html> sets the page's color-scheme (theming.css);
// the elements follow it by themselves.
const buttons = document.querySelectorAll('.scheme-switch button');
for (const button of buttons) {
  button.addEventListener('click', () => {
    document.documentElement.classList.remove('donker', 'systeem');
    if (button.dataset.scheme) document.documentElement.classList.add(button.dataset.scheme);
    for (const b of buttons) b.setAttribute('aria-pressed', String(b === button));
  });
}
