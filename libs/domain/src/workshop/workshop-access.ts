import { Role } from '@ruamsang/shared';

/**
 * Who may do what with the workshop tools (Hopes & Fears boards, Personas, Icebergs) and the
 * routing of needs. Reading is for everyone signed in, within their scope.
 */
export type WorkshopAction = 'CREATE_ITEM' | 'LINK_ITEM' | 'ADD_CARD' | 'ROUTE_NEED' | 'SET_PRIORITY_WEIGHT' | 'VOTE' | 'COMMENT';

export function mayDo(role: Role, action: WorkshopAction): boolean {
  switch (action) {
    case 'CREATE_ITEM':
    case 'LINK_ITEM':
      return role === Role.TRAINER || role === Role.COORDINATOR || role === Role.ADMIN;
    case 'ROUTE_NEED':
    case 'SET_PRIORITY_WEIGHT':
      return role === Role.COORDINATOR || role === Role.ADMIN;
    case 'VOTE':
      return role === Role.PRACTITIONER || role === Role.TRAINER;
    case 'ADD_CARD':
    case 'COMMENT':
      return true;
  }
}
