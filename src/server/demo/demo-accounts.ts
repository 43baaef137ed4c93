import type { Role } from '../../shared/roles.ts';

/**
 * The accounts of `npm run demo`. The password is public on purpose: the sign-in page of a
 * demo server shows it. Only a server started with NOABER_DEMO=1 on a new database makes them.
 */
export const DEMO_PASSWORD = 'noaber-demo-dalfsen';

export interface DemoAccountSeed {
  email: string;
  displayName: string;
  role: Role;
  /** Kernen by name; names the reference lists lack are skipped. */
  kernen: readonly string[];
  /** Shown on the sign-in page: one account per role. Colleagues only author records. */
  shown: boolean;
}

export const DEMO_ACCOUNTS: readonly DemoAccountSeed[] = [
  {
    email: 'gebiedsverbinder@demo.example',
    displayName: 'Anouk Brinkman',
    role: 'gebiedsverbinder',
    kernen: ['Hoonhorst', 'Oudleusen'],
    shown: true,
  },
  {
    email: 'teamleider@demo.example',
    displayName: 'Marleen Kok',
    role: 'teamleider',
    kernen: [],
    shown: true,
  },
  {
    email: 'beheerder@demo.example',
    displayName: 'Ruud Hofman',
    role: 'beheerder',
    kernen: [],
    shown: true,
  },
  // Dalfsen piloted three gebiedsverbinders: the other two keep the other kernen.
  {
    email: 'sander.wolters@demo.example',
    displayName: 'Sander Wolters',
    role: 'gebiedsverbinder',
    kernen: [
      'Dalfsen',
      'Ankum',
      'Emmen',
      'Welsum',
      'Millingen',
      'Lenthe',
      'Gerner',
      'Hessum',
      'Rechteren',
    ],
    shown: false,
  },
  {
    email: 'ilse.terhorst@demo.example',
    displayName: 'Ilse ter Horst',
    role: 'gebiedsverbinder',
    kernen: ['Nieuwleusen', 'Lemelerveld', 'Den Hulst', 'Ruitenveen'],
    shown: false,
  },
];
