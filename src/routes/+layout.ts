// Every page is prerendered to plain files (adapter-static).
export const prerender = true;
export const trailingSlash = 'never';
