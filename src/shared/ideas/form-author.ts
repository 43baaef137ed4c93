/**
 * The fixed author of what the idea form makes: "inwoner via het formulier". Not an account:
 * nobody signs in with it, it only attributes the server-made initiative, person and changes
 * (registeredById, statusHistory[].by), so the app can say where an initiative came from.
 */
export const FORM_AUTHOR_ID = '0f0f0f0f-0000-4000-8000-000000000016';

/** The client id in the field writes of records the idea form made. */
export const FORM_CLIENT_ID = 'idee-formulier';

/**
 * "weet ik niet": an initiative must lie in a kern (the record schema, the read scope and the
 * permission model all depend on it), so these ideas go to a reserved, inactive kern that no
 * connector works in. Only the teamleider (who reads every kern) sees them there.
 */
export const UNKNOWN_KERN_ID = '0f0f0f0f-0000-4000-8000-0000000000ee';
export const UNKNOWN_KERN_NAME = 'Kern onbekend (idee-formulier)';

export const isFromResidentForm = (initiative: { registeredById: string }): boolean =>
  initiative.registeredById === FORM_AUTHOR_ID;
