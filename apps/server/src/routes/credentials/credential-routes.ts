import type { App, AppContext } from '../../runtime/types.ts';
import { registerAchievementImageRoutes } from './achievement-image-routes.ts';
import { registerAchievementRoutes } from './achievement-routes.ts';
import { registerEmployerRoutes } from './employer-routes.ts';
import { registerIssuerRoutes } from './issuer-routes.ts';
import { registerPublicLogRoutes } from './public-log-routes.ts';
import { registerPublicSkillRoutes } from './public-skill-routes.ts';
import { registerRecordRoutes } from './record-routes.ts';
import { registerReissueRoutes } from './reissue-routes.ts';
import { registerShowcaseRoutes } from './showcase-routes.ts';
import { registerVerifyRoutes } from './verify-routes.ts';

/** Verifiable credentials: issuer identity, achievements, the learner's record, verification, employers. */
export function registerCredentialRoutes(app: App, ctx: AppContext): void {
  registerIssuerRoutes(app, ctx);
  registerPublicLogRoutes(app, ctx);
  registerPublicSkillRoutes(app, ctx);
  registerAchievementRoutes(app, ctx);
  registerAchievementImageRoutes(app, ctx);
  registerReissueRoutes(app, ctx);
  registerRecordRoutes(app, ctx);
  registerShowcaseRoutes(app, ctx);
  registerVerifyRoutes(app, ctx);
  registerEmployerRoutes(app, ctx);
}
