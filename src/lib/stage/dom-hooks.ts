/**
 * The attributes the stage's markup carries for the timeline to find its elements: one
 * place names them, for the components that write them and the timeline that reads them.
 */
const attr = (name: string) => (id: string | number) => `[${name}="${CSS.escape(String(id))}"]`;

export const HOOKS = {
	item: attr('data-item'),
	itemRect: attr('data-item-rect'),
	itemFlash: attr('data-item-flash'),
	meterFill: attr('data-meter-fill'),
	message: attr('data-message'),
	oldMessage: attr('data-old-message'),
	packet: attr('data-packet'),
	/** The wire lighting up behind a packet, in its direction. */
	trail: attr('data-trail'),
	stream: attr('data-stream'),
	layer: attr('data-layer'),
	/** A terminal panel: the main one (no id) or another of the scenario's, by id. Its lines, mask and scroll are found inside it. */
	terminal: (id?: string) => (id === undefined ? '[data-terminal]' : attr('data-other-terminal')(id)),
	line: attr('data-line'),
	typeMask: attr('data-type-mask'),
	terminalScroll: '[data-term-scroll]',
	file: '[data-file-panel]'
} as const;
