/**
 * GEXF 1.2 (the graph format Gephi reads), written node batch by node batch, then edge batch by
 * edge batch: a network of any size holds one batch in memory. Every text is escaped; characters
 * XML 1.0 cannot hold are dropped.
 */

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for an XML attribute value or element. */
export function xmlText(value: string | number): string {
  return String(value)
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface GexfAttribute {
  id: string;
  type: 'string' | 'integer' | 'double';
}

export interface GexfNode {
  id: string;
  label: string;
  values: Record<string, string | number | null>;
}

export interface GexfEdge {
  id: string;
  source: string;
  target: string;
  weight: number;
  values: Record<string, string | number | null>;
}

export interface GexfInput {
  description: string;
  nodeAttributes: readonly GexfAttribute[];
  edgeAttributes: readonly GexfAttribute[];
  nodes: AsyncIterable<readonly GexfNode[]>;
  edges: AsyncIterable<readonly GexfEdge[]>;
}

function attributes(kind: 'node' | 'edge', list: readonly GexfAttribute[]): string {
  const lines = list.map((attribute) => `      <attribute id="${xmlText(attribute.id)}" title="${xmlText(attribute.id)}" type="${attribute.type}"/>`);
  return `    <attributes class="${kind}">\n${lines.join('\n')}\n    </attributes>\n`;
}

function attvalues(values: Record<string, string | number | null>): string {
  const present = Object.entries(values).filter((entry): entry is [string, string | number] => entry[1] !== null);
  if (present.length === 0) return '';
  return `<attvalues>${present.map(([name, value]) => `<attvalue for="${xmlText(name)}" value="${xmlText(value)}"/>`).join('')}</attvalues>`;
}

export async function* gexfChunks(input: GexfInput): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n' +
    `  <meta><creator>Bauyrlas</creator><description>${xmlText(input.description)}</description></meta>\n` +
    '  <graph mode="static" defaultedgetype="undirected">\n' +
    attributes('node', input.nodeAttributes) +
    attributes('edge', input.edgeAttributes) +
    '    <nodes>\n';
  for await (const batch of input.nodes) {
    if (batch.length === 0) continue;
    yield `${batch.map((node) => `      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}">${attvalues(node.values)}</node>`).join('\n')}\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for await (const batch of input.edges) {
    if (batch.length === 0) continue;
    yield `${batch
      .map((edge) => `      <edge id="${xmlText(edge.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" weight="${edge.weight}">${attvalues(edge.values)}</edge>`)
      .join('\n')}\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
