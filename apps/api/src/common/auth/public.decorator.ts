import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'ruamsang:isPublic';

/** Opts a resolver or route out of the sign-in requirement every other one has. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
