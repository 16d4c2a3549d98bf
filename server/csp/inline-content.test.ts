import { describe, expect, test } from 'vitest';
import { decodeAttribute, findInlineContent } from './inline-content';

describe('findInlineContent', () => {
  test('takes inline classic and module scripts, not external ones nor data blocks', () => {
    const html = [
      '<script src="/_next/static/a.js" async=""></script>',
      '<script>self.__next_f.push([0])</script>',
      '<script id="_R_">(globalThis.x)</script>',
      '<script type="module">import "/a.js"</script>',
      '<script type="application/ld+json">{"@type":"Thing"}</script>',
      '<SCRIPT>upper()</SCRIPT >',
    ].join('');
    expect(findInlineContent(html).scripts).toEqual(['self.__next_f.push([0])', '(globalThis.x)', 'import "/a.js"', 'upper()']);
  });

  test('keeps script text exactly as written, new lines and entities included', () => {
    expect(findInlineContent('<script>\n a&amp;b \n</script>').scripts).toEqual(['\n a&amp;b \n']);
  });

  test('reads style attributes of tags only, decoded and without repeats', () => {
    const html =
      '<div style="left:1%"></div><span class="x" style="background-color:#059669"></span><p style="left:1%">style="top:0" in text</p>' +
      '<script>var s=b<a.length; x.style="left:9%"</script><i style="content:&quot;&amp;&quot;"></i>';
    expect(findInlineContent(html).styleAttributes).toEqual(['left:1%', 'background-color:#059669', 'content:"&"']);
  });

  test('takes style elements', () => {
    expect(findInlineContent('<style>a{color:red}</style><style data-x="1">b{}</style>').styleElements).toEqual(['a{color:red}', 'b{}']);
  });
});

describe('decodeAttribute', () => {
  test.each([
    ['&quot;a&quot;', '"a"'],
    ['&#x27;&#39;', "''"],
    ['&lt;&gt;&amp;', '<>&'],
    ['&unknown;', '&unknown;'],
    ['&#x1F600;', '😀'],
  ])('%s → %s', (value, decoded) => {
    expect(decodeAttribute(value)).toBe(decoded);
  });
});
