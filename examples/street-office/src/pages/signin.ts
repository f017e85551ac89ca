import { esc, layout } from '../html.js';

/** The sign-in page: who you are and your password; your roles are the street office's to grant. */
export function signinPage(error?: string): string {
  return layout(
    '登录 Sign in',
    `<section><h1>登录 <span class="en">Sign in</span></h1>
${error === undefined ? '' : `<p class="overdue" data-testid="signin-error">${esc(error)}</p>`}
<form method="post" action="/signin">
<label>账号 <span class="en">account</span> <input name="account" autocomplete="username" required maxlength="128"></label>
<label>密码 <span class="en">password</span> <input name="password" type="password" autocomplete="current-password" required maxlength="200"></label>
<button>登录 Sign in</button></form>
<p class="en">Accounts: clerk-wang, rc-li, party-zhao, chair-chen, member-sun, firm-anju, owner-1-101 … owner-2-601, meihao-owner-A-101 … meihao-owner-A-801.</p></section>`,
  );
}
