/**
 * The one step that makes a browser keep this site's data on this platform: on iPhone and
 * iPad only an app on the home screen is spared Safari's seven-day clean-up; elsewhere an
 * installed app is usually granted persistent storage; an installed app that still is not
 * can ask for it in Instellingen.
 */
export type KeepDataStep = 'home-screen' | 'install' | 'settings';

export function keepDataStep(): KeepDataStep {
  const installed =
    window.matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  if (installed) return 'settings';
  const ios =
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  return ios ? 'home-screen' : 'install';
}
