// Every seed item, department by department, parents before their 业务办理项.
import type { BuiltItem } from '../build.ts';
import { civilAffairsItems } from './civil-affairs.ts';
import { enterpriseProjectItems } from './enterprise-projects.ts';
import { housingFundItems } from './housing-fund.ts';
import { humanResourcesItems } from './human-resources.ts';
import { marketItems } from './market.ts';
import { medicalInsuranceItems } from './medical-insurance.ts';
import { peopleServiceItems } from './people-services.ts';
import { publicSecurityItems } from './public-security.ts';
import { realEstateItems } from './real-estate.ts';
import { taxItems } from './tax.ts';

export const builtItems: readonly BuiltItem[] = [
  ...publicSecurityItems,
  ...marketItems,
  ...humanResourcesItems,
  ...medicalInsuranceItems,
  ...housingFundItems,
  ...realEstateItems,
  ...civilAffairsItems,
  ...taxItems,
  ...peopleServiceItems,
  ...enterpriseProjectItems,
];
