/**
 * What the editor's body field offers to insert: one snippet for each component of the
 * allowlist (src/authoring/components.ts), with its required attributes filled in, so
 * that an author starts from something the content check accepts.
 */
import { COMPONENTS, type AttributeRule, type ComponentRule } from '../authoring/components.ts';
import { editor as strings } from '../i18n/lv.ts';

export interface Snippet {
	component: string;
	/** What the menu shows: the name and what the component is for. */
	label: string;
	text: string;
}

/** A value the check accepts, for an attribute the author must give. */
function example(name: string, rule: AttributeRule): string {
	switch (rule.kind) {
		case 'enum':
			return rule.values[0]!;
		case 'integer':
			return String(rule.min);
		case 'video-url':
			return strings.snippetVideo;
		case 'text':
			return (strings.snippetAttributes as Record<string, string>)[name] ?? name;
	}
}

function snippetText(name: string, rule: ComponentRule): string {
	const attributes = Object.entries(rule.attributes)
		.filter(([, attribute]) => attribute.required)
		.map(([attribute, attributeRule]) => ` ${attribute}="${example(attribute, attributeRule)}"`)
		.join('');
	if (rule.children === 'none') return `<${name}${attributes} />`;
	const inside = rule.children === 'table' ? strings.snippetTable : strings.snippetText;
	return `<${name}${attributes}>\n\n${inside}\n\n</${name}>`;
}

const firstSentence = (text: string) => text.split(/(?<=[.;:])\s/)[0]!.replace(/[.;:]$/, '');

export function componentSnippets(): Snippet[] {
	return Object.entries(COMPONENTS).map(([component, rule]) => ({
		component,
		label: `${component} — ${firstSentence(rule.description)}`,
		text: snippetText(component, rule),
	}));
}
