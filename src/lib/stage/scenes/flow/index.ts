/**
 * The flow scene: actors in a row (client, daemon, registry, …), their items nested inside,
 * messages along the links between them, the terminal underneath.
 */
import type { SceneModule } from '../scene-module.ts';
import { layoutFlow } from './layout.ts';
import { fitsFlowWall } from './wall-row.ts';

export const flow: SceneModule = {
	fitsWall: fitsFlowWall,
	summary: 'actors in a row (client, daemon, registry, …), their items nested inside, messages along the links between them',
	actorKinds: {
		client: { tone: 'client', emptyGlyph: 'prompt' },
		daemon: { tone: 'daemon' },
		registry: { tone: 'registry' }
	},
	itemKinds: {
		group: { header: 34, draw: 'group', radius: 10, fontSize: 17, stretch: true },
		image: { tone: 'image', mono: true, icon: '▤', word: { zh: '镜像', en: 'image', enPlural: 'images' } },
		layer: { header: 30, tone: 'layer', radius: 3, mono: true, fontSize: 15, icon: '▭', word: { zh: '层', en: 'layer', enPlural: 'layers' } },
		container: { tone: 'container', radius: 2, mono: true, icon: '▣', word: { zh: '容器', en: 'container', enPlural: 'containers' } },
		// A software container drawn as the steel box it is named after (what-is-a-container's metaphor).
		'shipping-container': {
			tone: 'container',
			draw: 'own',
			radius: 2,
			mono: true,
			// Its doors' locking bars stand right of the name (items/shipping-container.svelte).
			labelRoom: 48,
			word: { zh: '集装箱', en: 'shipping container', enPlural: 'shipping containers' }
		},
		process: {
			header: 36,
			tone: 'process',
			radius: 'pill',
			mono: true,
			fontSize: 16,
			icon: '⚙',
			rank: 0,
			word: { zh: '进程', en: 'process', enPlural: 'processes' }
		},
		repository: { tone: 'repository', mono: true, icon: '⌂', word: { zh: '仓库', en: 'repository', enPlural: 'repositories' } },
		tag: { header: 32, tone: 'tag', radius: 'pill', mono: true, fontSize: 15, icon: '#', word: { zh: '标签', en: 'tag', enPlural: 'tags' } },
		bar: { header: 52, draw: 'meter', fontSize: 16, word: { zh: '长条', en: 'bar', enPlural: 'bars' } },
		fact: { header: 34, radius: 4, mono: true, fontSize: 16 },
		// Named, drawn plain: the parts of the VM-vs-container comparison.
		file: { word: { zh: '文件', en: 'file', enPlural: 'files' } },
		vm: { word: { zh: '虚拟机', en: 'VM', enPlural: 'VMs' } },
		os: { word: { zh: '操作系统', en: 'OS', enPlural: 'OSes' } },
		kernel: { word: { zh: '内核', en: 'kernel', enPlural: 'kernels' } },
		hypervisor: { word: { zh: '虚拟机监视器', en: 'hypervisor', enPlural: 'hypervisors' } },
		engine: { word: { zh: '引擎', en: 'engine', enPlural: 'engines' } },
		hardware: { word: { zh: '硬件', en: 'hardware', enPlural: 'hardware' } }
	},
	layout: layoutFlow
};
