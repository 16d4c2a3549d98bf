import { describe, expect, test } from 'vitest';
import { isFrameworkScript, readReactRuntimeScripts, runtimeScriptsIn, unescapeStringLiteral } from './framework-scripts';

const runtime = readReactRuntimeScripts();
const completeBoundary = runtime.find((script) => script.startsWith('$RB=[];'));

describe('React runtime scripts read from Next', () => {
  test('include the boundary runtime and the frame timer, in full', () => {
    expect(completeBoundary).toMatch(/\$RC=function\(a,b\)\{.*\};?$/s);
    expect(runtime).toContain('requestAnimationFrame(function(){$RT=performance.now()});');
    expect(runtime.some((script) => script.startsWith('$RX=function('))).toBe(true);
  });

  test('are found as string literals, escapes resolved', () => {
    const code = `a='$RS=function(a){a.x="\\u0024"};\\n$RC=1';b="requestAnimationFrame(function(){$RT=performance.now()});";c='$notOurs=1'`;
    expect(runtimeScriptsIn(code)).toEqual(['$RS=function(a){a.x="$"};\n$RC=1', 'requestAnimationFrame(function(){$RT=performance.now()});']);
  });

  test.each([
    ['\\n\\t\\\\', '\n\t\\'],
    ["\\'\\\"", '\'"'],
    ['\\x41\\u0042\\u{1F600}', 'AB😀'],
    ['a\\\nb', 'ab'],
  ])('unescapes %s', (body, value) => {
    expect(unescapeStringLiteral(body)).toBe(value);
  });
});

describe('isFrameworkScript', () => {
  test.each([
    ['the stream opener', '(self.__next_f=self.__next_f||[]).push([0])'],
    ['the opener with form state', '(self.__next_f=self.__next_f||[]).push([0]);self.__next_f.push([2,null])'],
    ['a page data chunk', 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[1,[],\\"x\\"]\\n"])'],
    ['a chunk whose string holds brackets, quotes and semicolons', 'self.__next_f.push([1,"a)b]}\\");alert(1);//\\u003cscript\\u003e"])'],
    ['a binary chunk', 'self.__next_f.push([3,"AAEC"])'],
    ['the Turbopack chunk list', '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});'],
    ['a boundary completion', '$RC("B:1","S:1")'],
    ['an error boundary with its message', '$RX("B:0","","Oops \\u003c/script\\u003e","")'],
    ['calls separated by semicolons and new lines', '$RC("B:1","S:1");\n$RS("S:2","P:2");'],
  ])('accepts %s', (_name, script) => {
    expect(isFrameworkScript(script, runtime)).toBe(true);
  });

  test('accepts the runtime definitions followed by their first call', () => {
    expect(isFrameworkScript(`${completeBoundary}$RC("B:0","S:0")`, runtime)).toBe(true);
    for (const script of runtime) expect(isFrameworkScript(script, runtime), script.slice(0, 20)).toBe(true);
  });

  test.each([
    ['an injected alert', 'alert(1)'],
    ['empty', '   '],
    ['code after a data chunk', 'self.__next_f.push([1,"x"]);alert(1)'],
    ['code as the chunk', 'self.__next_f.push([1,alert(1)])'],
    ['an expression around a chunk', 'self.__next_f.push([1,"x"])+alert(1)'],
    ['a second closing parenthesis', 'self.__next_f.push([1,"x"]))'],
    ['a single-quoted string (not JSON)', "self.__next_f.push([1,'x'])"],
    ['a chunk never closed', 'self.__next_f.push([1,"x"]'],
    ['a push by another name', 'self.__next_g.push([1,"x"])'],
    ['the push function read, not called', 'self.__next_f.push'],
    ['a runtime call running code', '$RC("B:0",alert(1))'],
    ['a runtime call with a function', '$RC(function(){alert(1)})'],
    ['a runtime name redefined', '$RC=function(){alert(1)}'],
    ['code after the runtime', `${completeBoundary};alert(1)`],
    ['code right after the runtime', `${completeBoundary}(alert(1))`],
    ['a lookalike of the frame timer', 'requestAnimationFrame(function(){alert(1)});'],
    ['a Turbopack list running code', '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"a":1}, alert(1))'],
  ])('rejects %s', (_name, script) => {
    expect(isFrameworkScript(script, runtime)).toBe(false);
  });
});
