/** Who a signed-in person is in the programme. Names are part of the public API contract. */
export enum Role {
  PRACTITIONER = 'PRACTITIONER',
  TRAINER = 'TRAINER',
  COORDINATOR = 'COORDINATOR',
  ADMIN = 'ADMIN',
}

export const ROLES: readonly Role[] = [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN];
