/**
 * The two people of the test provider. Their claims are what a real provider would be set
 * up to put in the intake API's access token (README, "Sign-in (OpenID Connect)"); the
 * partner is scoped to Northern Europe like the `demo-partner-154` persona.
 */
export interface TestAccount {
  username: string;
  password: string;
  name: string;
  intake_role: 'analyst' | 'partner';
  intake_org: string;
  intake_region?: string;
}

export const testAccounts: Record<string, TestAccount> = {
  analyst: {
    username: 'analyst',
    password: 'analyst-password',
    name: 'Alex Analyst',
    intake_role: 'analyst',
    intake_org: 'Intake team',
  },
  partner: {
    username: 'partner',
    password: 'partner-password',
    name: 'Pat Partner',
    intake_role: 'partner',
    intake_region: '154',
    intake_org: 'Nordic Police Liaison',
  },
};

export const TEST_CLIENT_ID = 'intake-dashboard';
/** Short, so that expiry and renewal happen within one test (the dashboard renews 30 s early). */
export const ACCESS_TOKEN_SECONDS = 40;
