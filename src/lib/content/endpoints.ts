/**
 * The real HTTP endpoints a scenario's messages may name: the Docker Engine API (versioned,
 * /v1.26/… on the lesson's Docker 1.13.1), the registry's v2 API and Docker Hub's token service,
 * and the Kubernetes API calls kubectl-apply shows. A path template's {name} is one path segment
 * (it may be "…" or end in "…" where a label shortens an id); `query` lists the parameter names
 * the endpoint takes. Sources: the Engine API reference (v1.26), the distribution spec
 * (docs/spec/api.md, docs/spec/auth/token.md) and the Kubernetes API reference.
 */
export interface Endpoint {
	api: 'engine' | 'registry' | 'token' | 'kubernetes';
	method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
	/** Engine paths start with /v{version}; a token path is a full URL. */
	path: string;
	query?: string[];
}

const engine = (method: Endpoint['method'], path: string, query?: string[]): Endpoint => ({ api: 'engine', method, path: `/v{version}${path}`, query });
const kube = (method: Endpoint['method'], path: string, query?: string[]): Endpoint => ({ api: 'kubernetes', method, path, query });
const LIST = ['fieldSelector', 'labelSelector', 'limit', 'continue', 'resourceVersion', 'watch', 'timeoutSeconds', 'allowWatchBookmarks'];

export const ENDPOINTS: Endpoint[] = [
	engine('GET', '/version'),
	engine('GET', '/_ping'),
	engine('GET', '/info'),
	engine('GET', '/events', ['since', 'until', 'filters']),
	engine('GET', '/images/json', ['all', 'filters', 'digests']),
	engine('POST', '/images/create', ['fromImage', 'fromSrc', 'repo', 'tag']),
	engine('GET', '/containers/json', ['all', 'limit', 'since', 'before', 'size', 'filters']),
	engine('POST', '/containers/create', ['name', 'platform']),
	engine('GET', '/containers/{id}/json', ['size']),
	engine('POST', '/containers/{id}/attach', ['detachKeys', 'logs', 'stream', 'stdin', 'stdout', 'stderr']),
	engine('POST', '/containers/{id}/start', ['detachKeys']),
	engine('POST', '/containers/{id}/resize', ['h', 'w']),
	engine('POST', '/containers/{id}/wait', ['condition']),
	engine('POST', '/containers/{id}/kill', ['signal']),
	engine('POST', '/containers/{id}/stop', ['t']),
	engine('GET', '/containers/{id}/logs', ['follow', 'stdout', 'stderr', 'since', 'timestamps', 'tail']),
	engine('DELETE', '/containers/{id}', ['v', 'force', 'link']),
	{ api: 'registry', method: 'GET', path: '/v2/' },
	{ api: 'registry', method: 'GET', path: '/v2/{namespace}/{repository}/manifests/{reference}' },
	{ api: 'registry', method: 'HEAD', path: '/v2/{namespace}/{repository}/manifests/{reference}' },
	{ api: 'registry', method: 'GET', path: '/v2/{namespace}/{repository}/blobs/{digest}' },
	{ api: 'registry', method: 'HEAD', path: '/v2/{namespace}/{repository}/blobs/{digest}' },
	{ api: 'token', method: 'GET', path: 'https://auth.docker.io/token', query: ['account', 'client_id', 'offline_token', 'scope', 'service'] },
	kube('GET', '/api/v1/pods', LIST),
	kube('GET', '/api/v1/namespaces/{namespace}/pods', LIST),
	kube('POST', '/api/v1/namespaces/{namespace}/pods', ['fieldManager']),
	kube('GET', '/api/v1/namespaces/{namespace}/pods/{name}'),
	kube('POST', '/api/v1/namespaces/{namespace}/pods/{name}/binding'),
	kube('PATCH', '/api/v1/namespaces/{namespace}/pods/{name}/status', ['fieldManager']),
	kube('GET', '/apis/apps/v1/deployments', LIST),
	kube('GET', '/apis/apps/v1/replicasets', LIST),
	kube('GET', '/apis/apps/v1/namespaces/{namespace}/deployments/{name}'),
	kube('POST', '/apis/apps/v1/namespaces/{namespace}/deployments', ['fieldManager']),
	kube('POST', '/apis/apps/v1/namespaces/{namespace}/replicasets', ['fieldManager'])
];

/** A message label that reads as an HTTP request: a method, a space, a path or URL. */
export const REQUEST = /^(GET|HEAD|POST|PUT|PATCH|DELETE) (\S+)$/;

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
const segment = '[^/?]+';

function pathRegex(template: string): RegExp {
	const body = template
		.split(/(\{[a-z]+\})/i)
		.map((part) => (part === '{version}' ? '(\\d+\\.\\d+)' : part.startsWith('{') ? segment : escape(part)))
		.join('');
	return new RegExp(`^${body}$`);
}

export interface Match {
	endpoint: Endpoint;
	/** The Engine API version in the path, for an engine call. */
	version?: string;
}

/**
 * The endpoint a request label names, or a reason it names none. A path starting with "…"
 * elides its start (e.g. "PATCH …/pods/x/status"): it matches the end of a template. Query
 * parameters must be the endpoint's, in the sorted order Go's url.Values.Encode writes them.
 */
export function matchRequest(label: string): Match | string {
	const m = REQUEST.exec(label);
	if (!m) return 'not a request';
	const [, method, target] = m;
	const [path, query] = [target!.split('?')[0]!, target!.split('?').slice(1).join('?')];
	const keys = query ? query.split('&').map((kv) => kv.split('=')[0]!) : [];
	for (const endpoint of ENDPOINTS) {
		if (endpoint.method !== method) continue;
		let version: string | undefined;
		if (path.startsWith('…')) {
			// Any "/"-started tail of the template may stand after the ellipsis.
			const parts = endpoint.path.split('/');
			const tails = parts.slice(1).map((_, i) => '/' + parts.slice(i + 1).join('/'));
			if (!tails.some((tail) => tail.length > 1 && pathRegex(tail).test(path.slice(1)))) continue;
		} else {
			const hit = pathRegex(endpoint.path).exec(path);
			if (!hit) continue;
			version = endpoint.api === 'engine' ? hit[1] : undefined;
		}
		const unknown = keys.filter((k) => !(endpoint.query ?? []).includes(k));
		if (unknown.length > 0) return `${endpoint.method} ${endpoint.path} takes no query parameter ${unknown.join(', ')}`;
		if (keys.join('&') !== [...keys].sort().join('&')) return `query parameters not in Go's sorted order: ${keys.join(', ')}`;
		return { endpoint, version };
	}
	return `no ${method} endpoint has the path ${path}`;
}
