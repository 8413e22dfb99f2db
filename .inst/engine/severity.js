export function severityNumber(level) {
    return level === 'error' ? 2 : level === 'warn' ? 1 : 0;
}
