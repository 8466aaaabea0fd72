// Every seed form that platform/seed/forms.ts does not write itself: one file per department area,
// each form named by the catalogue's materials (blankForm `forms/<id>.pdf`). See platform/seed/README.md.
import type { FormDefinition } from '../../../domain/forms.ts';
import { civilAffairsForms } from './civil-affairs.ts';
import { enterpriseProjectForms } from './enterprise-projects.ts';
import { housingForms } from './housing.ts';
import { marketForms } from './market.ts';
import { peopleServiceForms } from './people-services.ts';
import { publicSecurityForms } from './public-security.ts';
import { socialSecurityForms } from './social-security.ts';
import { taxForms } from './tax.ts';

export const moreForms: readonly FormDefinition[] = [
  ...publicSecurityForms,
  ...marketForms,
  ...socialSecurityForms,
  ...housingForms,
  ...civilAffairsForms,
  ...taxForms,
  ...peopleServiceForms,
  ...enterpriseProjectForms,
];
