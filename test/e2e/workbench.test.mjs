// The example config in the browser workbench: Problems panel, hover, advisory quick fix, onSave validation, and
// the who-can command from the command palette.
import fs from 'node:fs';
import path from 'node:path';

export const userSettings = { 'activemqXml.validate.trigger': 'onSave', 'files.autoSave': 'off' };

const problemRow = (page, text) => page.locator('.markers-panel .monaco-list-row', { hasText: text }).first();

/**
 * Centre of a word in the editor, found by its text (token spans differ between VS Code versions). The editor
 * renders a scroll on a later frame, so this waits (on animation frames) until the word shows.
 */
async function wordCentre(page, word, occurrence = 0, timeout = 10_000) {
  const found = await page.waitForFunction(({ word, occurrence }) => {
    let seen = 0;
    for (const line of document.querySelectorAll('.monaco-editor .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node; (node = walker.nextNode());) {
        const index = node.textContent.indexOf(word);
        if (index < 0 || seen++ < occurrence) continue;
        const range = document.createRange();
        range.setStart(node, index); range.setEnd(node, index + word.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
    }
    return undefined;
  }, { word, occurrence }, { timeout, polling: 'raf' }).catch(() => { throw new Error(`"${word}" is not visible in the editor within ${timeout} ms`); });
  return found.jsonValue();
}

/** Ctrl+G in the editor, as a user would; waits for the Go to Line box to open and close, so the next step sees the caret moved. */
async function goToLine(page, line, column) {
  const box = page.locator('.quick-input-widget');
  await page.locator('.monaco-editor .native-edit-context, .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+G');
  await box.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => { throw new Error(`Ctrl+G did not open the Go to Line box (for line ${line})`); });
  await page.keyboard.type(column ? `${line}:${column}` : String(line));
  await page.keyboard.press('Enter');
  await box.waitFor({ state: 'hidden', timeout: 5_000 });
}

/** What the workbench shows around the caret, for a failure's message: CI keeps no screenshot. */
async function editorState(page) {
  return page.evaluate(() => {
    const text = (selector) => [...document.querySelectorAll(selector)].map((e) => e.textContent.trim()).filter(Boolean).join(' | ');
    const active = document.activeElement;
    return [
      `caret: ${text('#status\\.editor\\.selection') || '?'}`,
      `focus: ${active ? `${active.tagName.toLowerCase()}.${[...active.classList].join('.')} "${active.getAttribute('aria-label') ?? ''}"` : 'none'}`,
      `light bulbs: ${document.querySelectorAll('.lightBulbWidget').length}`,
      `editor message: ${text('.monaco-editor-overlaymessage') || 'none'}`,
      `notifications: ${text('.notification-toast .notification-list-item-message') || 'none'}`,
    ].join('; ');
  });
}

/** The counts the status bar shows beside the Problems icon: errors, warnings, infos (hints are not counted). */
async function problemCounts(page) {
  const text = (await page.locator('#status\\.problems').innerText()).trim();
  const [errors, warnings, infos = 0] = (text.match(/\d+/g) ?? []).map(Number);
  return { errors, warnings, infos };
}

export async function run({ page, url, root, resultsDir, log, workspace }) {
  const folder = path.join(workspace, 'broker-conf');
  fs.cpSync(path.join(root, 'examples'), folder, { recursive: true });
  const file = path.join(folder, 'activemq.xml');
  await page.goto(url(folder));
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  log('workbench loaded');

  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'activemq.xml' }).first().click();
  await page.waitForSelector('.monaco-editor .view-lines >> text=PropertyPlaceholderConfigurer', { timeout: 30_000 });
  log('editor shows activemq.xml');

  // onSave: diagnostics still arrive when the file is opened
  await page.locator('#status\\.problems').click();
  for (const rule of ['group-without-members', 'wildcard-syntax', 'advisory-access']) {
    await problemRow(page, rule).waitFor({ timeout: 30_000 }).catch(async () => {
      const seen = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
      throw new Error(`expected a problem with "${rule}" in the Problems panel; it shows: ${seen.join(' | ').replace(/\s+/g, ' ') || 'nothing'}`);
    });
    log(`problem: ${(await problemRow(page, rule).innerText()).replace(/\s+/g, ' ').slice(0, 140)}`);
  }

  // hover the `nodes>` entry of line 60
  await goToLine(page, 60);
  const target = await wordCentre(page, 'authorizationEntry', 0);
  await page.mouse.move(target.x, target.y);
  // The hover first says "Loading..."; the element's docs end in "Entries add up and never restrict".
  const hover = page.locator('.monaco-hover .hover-contents').filter({ hasText: /Entries add up/ }).first();
  await hover.waitFor({ timeout: 15_000 }).catch(() => { throw new Error('expected the authorizationEntry docs in a hover; none appeared'); });
  log(`hover: ${(await hover.innerText()).replace(/\s+/g, ' ').slice(0, 160)}`);
  await page.screenshot({ path: path.join(resultsDir, 'diagnostics-and-hover.png') });
  // The README's screenshot is refreshed only on request, so that test runs leave the checkout as it was; the
  // counts it shows are kept beside it, and a run whose counts differ fails until it is refreshed.
  const counts = await problemCounts(page);
  const recordedPath = path.join(root, 'docs', 'images', 'screenshot.json');
  if (process.env.UPDATE_SCREENSHOT) {
    fs.mkdirSync(path.dirname(recordedPath), { recursive: true });
    fs.copyFileSync(path.join(resultsDir, 'diagnostics-and-hover.png'), path.join(root, 'docs', 'images', 'screenshot.png'));
    fs.writeFileSync(recordedPath, JSON.stringify({ file: 'examples/activemq.xml', statusBar: counts }, null, 2) + '\n');
  }
  const recorded = JSON.parse(fs.readFileSync(recordedPath, 'utf8')).statusBar;
  if (JSON.stringify(recorded) !== JSON.stringify(counts)) {
    throw new Error(`the README screenshot shows ${JSON.stringify(recorded)} problems, the example now gives ${JSON.stringify(counts)}: refresh it with UPDATE_SCREENSHOT=1 npm run test:e2e`);
  }
  log(`status bar: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.infos} infos, as in the README screenshot`);
  await page.mouse.move(5, 5);

  // quick fix on the advisory entry (line 63): Ctrl+. and pick the action inserting ActiveMQ.Advisory.>
  // Ctrl+. offers the fixes of the diagnostics under the caret: put it inside the `queue` attribute name.
  const line63 = fs.readFileSync(file, 'utf8').split('\n')[62];
  await goToLine(page, 63, line63.indexOf('queue="ActiveMQ') + 2);
  const fix = page.locator('.action-widget .monaco-list-row', { hasText: /Advisory/ }).first();
  // The code actions are computed after the caret moves: the light bulb shows beside the caret's line when they are
  // there (a light bulb left from a line before does not count).
  await page.waitForFunction(() => {
    const bulb = document.querySelector('.lightBulbWidget');
    const caret = document.querySelector('.monaco-editor .cursors-layer .cursor');
    if (!bulb || !caret) return false;
    const b = bulb.getBoundingClientRect();
    const c = caret.getBoundingClientRect();
    // VS Code draws it on the line above when the text of the caret's line would cover it.
    return b.height > 0 && Math.abs((b.top + b.bottom) / 2 - (c.top + c.bottom) / 2) < 1.5 * Math.max(c.height, 1);
  }, undefined, { timeout: 15_000 })
    .catch(async () => { throw new Error(`no light bulb on line 63: the editor offers no code action there; ${await editorState(page)}`); });
  await page.keyboard.press('Control+.');
  const offered = async () => (await page.locator('.action-widget .monaco-list-row').allInnerTexts()).join(' | ') || 'nothing';
  // CI twice saw Ctrl+. open nothing here while the light bulb showed, never reproduced on this machine: the state
  // is logged and the user's other way in, a click on the light bulb, is taken. Both failing fails the test.
  await fix.waitFor({ timeout: 5_000 }).catch(async () => {
    log(`Ctrl+. offered ${await offered()}; ${await editorState(page)}; clicking the light bulb instead`);
    await page.keyboard.press('Escape');
    await page.locator('.lightBulbWidget').first().click();
    await fix.waitFor({ timeout: 10_000 }).catch(async () => {
      throw new Error(`expected a quick fix about advisories on line 63; offered: ${await offered()}; ${await editorState(page)}`);
    });
  });
  log(`quick fix: ${(await fix.innerText()).replace(/\s+/g, ' ')}`);
  await fix.click();
  await page.waitForSelector('.monaco-editor .view-lines >> text=topic="ActiveMQ.Advisory.>"', { timeout: 15_000 });
  await page.keyboard.press('Control+S'); // onSave trigger: revalidate
  await problemRow(page, 'advisory-access').waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => { throw new Error('advisory-access still in the Problems panel after the quick fix and save'); });
  if (!fs.readFileSync(file, 'utf8').includes('topic="ActiveMQ.Advisory.>"')) throw new Error('the saved file lacks the inserted advisory entry');
  log('quick fix applied, advisory-access gone');

  // onSave: fix the wildcard by typing, nothing changes until the save
  // The caret goes right before the `>` of `nodes>` (column taken from the example's text, not from pixels).
  const line60 = fs.readFileSync(file, 'utf8').split('\n')[59];
  await goToLine(page, 60, line60.indexOf('nodes>') + 'nodes'.length + 1);
  await page.keyboard.type('.');
  await page.keyboard.press('End');
  const stillThere = await problemRow(page, 'wildcard-syntax').isVisible();
  if (!stillThere) throw new Error('wildcard-syntax disappeared before the save although validate.trigger is onSave');
  await page.keyboard.press('Control+S');
  await problemRow(page, 'wildcard-syntax').waitFor({ state: 'detached', timeout: 20_000 })
    .catch(() => { throw new Error('wildcard-syntax still shown after fixing `nodes>` and saving'); });
  await page.screenshot({ path: path.join(resultsDir, 'after-save.png') });
  log('onSave: edit + save updated the diagnostics');

  // The who-can command as a user runs it: command palette, then the destination in the input box.
  await page.keyboard.press('F1');
  await page.keyboard.type('ActiveMQ: Who can access');
  const command = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Who can access a destination' }).first();
  await command.waitFor({ timeout: 15_000 }).catch(() => { throw new Error('the command palette does not offer "ActiveMQ: Who can access a destination…"'); });
  await page.keyboard.press('Enter');
  const input = page.locator('.quick-input-widget input');
  await page.locator('.quick-input-widget', { hasText: 'Destination' }).waitFor({ timeout: 15_000 });
  await input.fill('topic://VirtualTopic.alfresco.repo.events.nodes');
  await page.keyboard.press('Enter');
  const answer = page.locator('.notifications-toasts .notification-list-item', { hasText: 'read:' }).first();
  await answer.waitFor({ timeout: 20_000 }).catch(async () => {
    const shown = await page.locator('.notifications-toasts').allInnerTexts();
    throw new Error(`expected the who-can answer in a notification; shown: ${shown.join(' | ').replace(/\s+/g, ' ') || 'nothing'}`);
  });
  const said = (await answer.innerText()).replace(/\s+/g, ' ');
  // The `>` entry gives admins, the literal entry users: both groups and their users, for all three rights.
  for (const right of ['read', 'write', 'admin']) {
    if (!new RegExp(`${right}: groups admins, users; users: system, user`).test(said)) throw new Error(`the who-can answer lacks "${right}: groups admins, users; users: system, user": ${said}`);
  }
  log(`who-can: ${said.slice(0, 200)}`);
}
