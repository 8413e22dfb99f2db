// Where factlint lives, for links in reports.
export const HOMEPAGE = 'https://github.com/factlint/factlint';
export function ruleDocUrl(ruleId) {
    return `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;
}
