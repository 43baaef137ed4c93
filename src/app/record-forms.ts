/**
 * The screens that add or change an organisation, a person or an initiative, in one lazy
 * chunk with the forms they share. One import site in App keeps the first screen's
 * JavaScript small: every lazy import costs a preload list there.
 */
export { NewOrganisationScreen } from './kernen/NewOrganisationScreen.tsx';
export { EditOrganisationScreen } from './kernen/EditOrganisationScreen.tsx';
export { NewPersonScreen } from './kernen/NewPersonScreen.tsx';
export { EditPersonScreen } from './kernen/EditPersonScreen.tsx';
export { NewInitiativeScreen } from './initiatives/NewInitiativeScreen.tsx';
export { EditInitiativeScreen } from './initiatives/EditInitiativeScreen.tsx';
