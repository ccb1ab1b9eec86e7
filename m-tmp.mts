import { launchChromium } from './test/helpers/browser.ts';
await launchChromium({ env: { PATH: '' }, bundledFrom: '/no-such-project/package.json' }).catch((e) => console.log(e.message));
await launchChromium({ env: { PATH: '', CHATHOOKS_CHROMIUM: '/etc/hostname' } }).catch((e) => console.log(e.message));
