import { describe, expect, test } from 'vitest';
import { isInertCss } from './inert-css';

describe('isInertCss', () => {
  test.each([
    'left:49.831%',
    'background-color:#2563eb',
    '--lane:2;--slot-left:3.716%;--slot-width:92.568%;--bar-left:0%;--bar-width:100%;--type-color:#65a30d',
    'height:260px',
    'width:calc(100% - 2px);color:rgb(1 2 3 / 50%)',
    'transform:translateX(-50%) rotate(45deg)',
    'font-family:"Inter Fallback", system-ui',
    'background:linear-gradient(90deg, #fff, hsl(0 0% 0%))',
  ])('accepts %s', (css) => {
    expect(isInertCss(css)).toBe(true);
  });

  test.each([
    'background:url(https://evil.example/x)',
    'background:URL(/leak)',
    'background-image:image-set("x.png" 1x)',
    'background:u\\72l(/leak)',
    '@import "x.css"',
    'width:expression(alert(1))',
    'background:linear-gradient(url(/x))',
    'behavior:unknownfn(1)',
  ])('rejects %s', (css) => {
    expect(isInertCss(css)).toBe(false);
  });
});
