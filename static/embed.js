/*! banfang embed.js, postMessage API v1. <script src="…/embed.js" async></script>, then
 <div data-banfang="docker-pull" data-step="2" data-lang="zh"></div> or
 <banfang-player scenario="docker-pull" lang="en" autoplay></banfang-player>.
 el.banfang.next() prev() goto(n) play() pause() setLanguage('zh'|'en');
 events on el: banfang:ready, banfang:stepchange, banfang:resize (event.detail). */
(function () {
	'use strict';
	var KEY = '__banfangEmbed';
	if (window[KEY]) return window[KEY].scan(document);

	var me = document.currentScript || [].slice.call(document.querySelectorAll('script[src*="embed.js"]')).pop();
	var base = new URL('.', me ? me.src : location.href);
	var ORIGIN = base.origin;
	var TAG = 'banfang-player';
	var OPTS = ['step', 'lang', 'theme', 'controls', 'autoplay', 'loop'];
	var FLAGS = { controls: 1, autoplay: 1, loop: 1 };
	var EVENTS = { ready: 1, stepchange: 1, resize: 1 };
	var mounts = [];

	function attr(el, name) {
		return el.getAttribute(el.localName === TAG ? name : 'data-' + name);
	}
	function isCount(n) {
		return typeof n === 'number' && n >= 0 && n <= 1e4 && Math.floor(n) === n;
	}

	function src(el, id) {
		var q = new URLSearchParams();
		var path = 'embed/' + encodeURIComponent(id);
		OPTS.forEach(function (name) {
			var v = attr(el, name);
			// A language goes in the path: that page is prerendered in it, so it shows at once.
			if (name === 'lang' && /^(zh|en|both)$/.test(v)) path += '/' + v;
			else if (v !== null) q.set(name, v === '' && FLAGS[name] ? '1' : v);
		});
		// This script sizes the frame to the embed's height: the embed may grow (a phone's taller stage).
		q.set('sized', '1');
		// Commands are then taken only from this page's origin (not from whatever the parent becomes).
		if (/^https?:$/.test(location.protocol)) q.set('origins', location.origin);
		var s = q.toString();
		return new URL(path, base).href + (s ? '?' + s : '');
	}

	// Until the embed tells its height: its 16:9 stage, a caption line and the controls, on
	// the short side (the embed measures its document, never shorter than the iframe).
	function guess(m) {
		var w = m.el.getBoundingClientRect().width || 640;
		var bare = /^(0|false|no|off)$/.test(attr(m.el, 'controls'));
		// A phone's column: the embed's stage is 800 × 1080 there (EmbedView.svelte).
		m.frame.style.height = Math.round(w * (w < 560 ? 1080 / 800 : 9 / 16) + (bare ? 24 : 60)) + 'px';
	}

	function post(m, msg) {
		msg.banfang = 1;
		if (!m.ready) m.queue.push(msg);
		else if (m.frame.contentWindow) m.frame.contentWindow.postMessage(msg, ORIGIN);
		return true;
	}

	function mount(el) {
		var id = el.localName === TAG ? el.getAttribute('scenario') : el.getAttribute('data-banfang');
		if (el.banfang || !id || !/^[a-z0-9][a-z0-9_-]*$/i.test(id)) return;
		var frame = document.createElement('iframe');
		var m = { el: el, frame: frame, queue: [], ready: false };
		frame.src = src(el, id);
		frame.title = el.getAttribute('data-title') || 'banfang: ' + id;
		frame.loading = 'lazy';
		frame.allow = 'fullscreen';
		// The embed finds our origin from the referrer where the browser has no ancestorOrigins.
		frame.referrerPolicy = 'strict-origin-when-cross-origin';
		frame.style.cssText = 'display:block;width:100%;border:0;margin:0;padding:0;max-width:100%';
		el.appendChild(frame);
		guess(m);
		mounts.push(m);
		var api = (el.banfang = {
			iframe: frame,
			id: id,
			step: 0,
			steps: 0,
			goto: function (n) {
				return isCount(n) && post(m, { type: 'goto', step: n });
			},
			setLanguage: function (l) {
				return (l === 'zh' || l === 'en') && post(m, { type: 'setLanguage', lang: l });
			}
		});
		['next', 'prev', 'play', 'pause'].forEach(function (t) {
			api[t] = function () {
				return post(m, { type: t });
			};
		});
		Object.defineProperty(api, 'ready', { enumerable: true, get: function () { return m.ready; } });
	}

	function scan(root) {
		if (root.nodeType !== 1 && root.nodeType !== 9) return;
		if (root.nodeType === 1 && root.hasAttribute('data-banfang')) mount(root);
		[].forEach.call(root.querySelectorAll('[data-banfang]'), mount);
	}

	addEventListener('message', function (e) {
		var m;
		for (var i = 0; i < mounts.length; i++) if (e.source && mounts[i].frame.contentWindow === e.source) m = mounts[i];
		var d = e.data;
		if (!m || e.origin !== ORIGIN || !d || typeof d !== 'object' || d.banfang !== 1 || !EVENTS[d.type]) return;
		var api = m.el.banfang;
		if (d.type === 'resize') {
			if (typeof d.height !== 'number' || !(d.height >= 40 && d.height <= 8000)) return;
			m.frame.style.height = Math.ceil(d.height) + 'px';
		} else {
			if (!isCount(d.step) || !isCount(d.steps)) return;
			api.step = d.step;
			api.steps = d.steps;
			if (d.type === 'ready') {
				m.ready = true;
				m.queue.splice(0).forEach(function (msg) {
					post(m, msg);
				});
			}
		}
		var detail = { id: api.id, type: d.type };
		['step', 'steps', 'height'].forEach(function (k) {
			if (k in d) detail[k] = d[k];
		});
		m.el.dispatchEvent(new CustomEvent('banfang:' + d.type, { detail: detail, bubbles: true }));
	});

	if (window.customElements && !customElements.get(TAG)) {
		var style = document.createElement('style');
		style.textContent = TAG + '{display:block}';
		(document.head || document.documentElement).appendChild(style);
		customElements.define(
			TAG,
			class extends HTMLElement {
				connectedCallback() {
					mount(this);
				}
			}
		);
	}

	// Embeds added later (a theme's infinite scroll, pjax) are found too.
	new MutationObserver(function (records) {
		records.forEach(function (r) {
			[].forEach.call(r.addedNodes, scan);
		});
	}).observe(document.documentElement, { childList: true, subtree: true });

	window[KEY] = { scan: scan, version: 1 };
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', function () { scan(document); });
	else scan(document);
})();
