// The code editor: CodeMirror 6 with Python, set up for interview practice.
import {EditorState, Prec, Compartment} from '@codemirror/state';
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter,
  highlightSpecialChars, drawSelection, dropCursor, rectangularSelection, crosshairCursor,
} from '@codemirror/view';
import {defaultKeymap, history, historyKeymap, indentWithTab} from '@codemirror/commands';
import {
  indentOnInput, bracketMatching, foldGutter, foldKeymap, syntaxHighlighting, indentUnit,
} from '@codemirror/language';
import {closeBrackets, closeBracketsKeymap, autocompletion, completionKeymap} from '@codemirror/autocomplete';
import {searchKeymap, highlightSelectionMatches} from '@codemirror/search';
import {python} from '@codemirror/lang-python';
import {classHighlighter} from '@lezer/highlight';

// Colours come from style.css (the tok-* classes and --cm-* variables), so the editor
// follows the page's light or dark scheme.
const theme = EditorView.theme({
  '&': {height: '100%', fontSize: '14px'},
  '.cm-scroller': {fontFamily: 'var(--mono)', lineHeight: '1.5'},
});

// CodeMirror injects its base styles at run time. In a document it does so with a
// <style> element, which the server's policy (style-src 'self', no inline styles)
// blocks; in a shadow root it uses a constructed stylesheet, which CSP allows. So each
// editor lives in a shadow root of its host element, with editor.css linked inside.
function shadowParent(host) {
  const root = host.shadowRoot || host.attachShadow({mode: 'open'});
  root.replaceChildren();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/assets/editor.css';
  root.append(link);
  return root;
}

// An editor in `parent` (inside its shadow root). actions: {run(), submit(), change(code)}; any may be missing.
// Returns {view, getCode(), setCode(code), goToLine(n), focus(), setReadOnly(bool)}.
export function createEditor(parent, {code = '', readOnly = false, label = 'Code editor', actions = {}} = {}) {
  const editable = new Compartment();
  const shortcuts = Prec.highest(keymap.of([
    {key: 'Mod-Enter', run: () => (actions.run ? (actions.run(), true) : false)},
    {key: 'Mod-Shift-Enter', run: () => (actions.submit ? (actions.submit(), true) : false)},
  ]));
  const extensions = [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    history(),
    foldGutter(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    indentUnit.of('    '),
    EditorState.tabSize.of(4),
    syntaxHighlighting(classHighlighter),
    bracketMatching(),
    closeBrackets(),
    autocompletion(),
    rectangularSelection(),
    crosshairCursor(),
    highlightActiveLine(),
    highlightSelectionMatches(),
    shortcuts,
    keymap.of([
      ...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap,
      ...foldKeymap, ...completionKeymap, indentWithTab,
    ]),
    python(),
    theme,
    editable.of([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]),
    EditorView.contentAttributes.of({'aria-label': label}),
    EditorView.updateListener.of((u) => {
      if (u.docChanged && actions.change) actions.change(u.state.doc.toString());
    }),
  ];
  const view = new EditorView({state: EditorState.create({doc: code, extensions}), parent: shadowParent(parent)});
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode(text) {
      view.dispatch({changes: {from: 0, to: view.state.doc.length, insert: text}});
    },
    goToLine(n) {
      const line = view.state.doc.line(Math.max(1, Math.min(n, view.state.doc.lines)));
      view.dispatch({selection: {anchor: line.from, head: line.to}, scrollIntoView: true});
      view.focus();
    },
    focus: () => view.focus(),
    setReadOnly(ro) {
      view.dispatch({effects: editable.reconfigure([EditorState.readOnly.of(ro), EditorView.editable.of(!ro)])});
    },
    destroy: () => view.destroy(),
  };
}
