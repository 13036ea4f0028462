import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { credentialPagePaths } from '../../navigation/page-paths.ts';

/** An employer page's intro that opens with a small link to the job profiles (match, candidates, a profile by hand). */
export function JobProfilesLinkIntro({
  orgSlug,
  label,
  children,
}: {
  orgSlug: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <>
      <Anchor component={Link} to={credentialPagePaths.jobProfiles(orgSlug)} size="sm" display="block" mb={4}>
        {label}
      </Anchor>
      {children}
    </>
  );
}
