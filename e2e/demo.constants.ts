/** Demo credentials the e2e server is started with (GREENSHORE_DEMO_PASSWORD) and the tests log in with. */
export const E2E_DEMO_PASSWORD = 'e2e-demo-password-123';
export const ANALYST_EMAIL = 'analyst@demo.greenshore.cn';
