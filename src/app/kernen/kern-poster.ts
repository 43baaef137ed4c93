import { renderSVG } from 'uqr';

/** The poster's words: Dutch only, it hangs in a Dutch village hall. */
export function posterLink(origin: string, kernId: string): string {
  return `${origin}/idee?kern=${encodeURIComponent(kernId)}`;
}

/**
 * Prints an A4 poster for the village hall: a short invitation, the link and a QR code to the
 * idea form with this kern chosen. Loaded only when asked (a lazy chunk with the QR encoder);
 * the poster is put on the page for the print and taken away after it.
 */
export function printKernPoster(kern: { id: string; name: string }): void {
  const link = posterLink(location.origin, kern.id);
  const poster = document.createElement('div');
  poster.className = 'kern-poster';
  const heading = document.createElement('h1');
  heading.textContent = `Heb je een idee voor ${kern.name}?`;
  const invitation = document.createElement('p');
  invitation.textContent =
    'Vertel het de gemeente. Het kost een paar minuten en je hebt geen account nodig. Een gebiedsverbinder neemt contact met je op.';
  const scan = document.createElement('p');
  scan.textContent = 'Scan de code met je telefoon, of ga naar:';
  const address = document.createElement('p');
  address.className = 'kern-poster-link';
  address.textContent = link;
  const qr = document.createElement('div');
  qr.className = 'kern-poster-qr';
  // uqr writes the SVG from our own link only: no outside text reaches innerHTML.
  qr.innerHTML = renderSVG(link, { border: 2 });
  qr.firstElementChild?.setAttribute('role', 'img');
  qr.firstElementChild?.setAttribute('aria-label', `QR-code naar ${link}`);
  poster.append(heading, invitation, qr, scan, address);
  document.body.append(poster);
  document.body.classList.add('printing-poster');
  const done = () => {
    poster.remove();
    document.body.classList.remove('printing-poster');
  };
  addEventListener('afterprint', done, { once: true });
  print();
}
