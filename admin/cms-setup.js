// Starts the writing tool: our article format, two widgets (the summary with its count, the article's text with
// pictures) and the preview pane, which shows the article with the site's own style and the clinic's facts.
import { convert } from './asciidoctor.js';
import { fromFile, toFile } from './article-format.js';
import * as facts from './facts-format.js';
import { factsProblems, describe } from './facts-rules.js';
import { loadLintRules, lintPanel, bodyFindings } from './lint-panel.js';

const CMS = window.CMS;
const h = window.h;
const createClass = window.createClass;

/** The build's words for a picture without a description (lint/image-alt), or null. */
function missingDescription(body) {
  const missing = bodyFindings(body, 'lint/image-alt');
  return missing.length === 0 ? null : missing[0].message + ' [' + missing[0].rule + ']';
}

// on the writer's own computer (mvn -Ppreview) the preview server saves to the working copy: no account
const LOCAL = location.hostname === '127.0.0.1' || location.hostname === 'localhost';

/** A text area with a count of its characters as the writer types (the summary: at most 160). */
const CountedText = createClass({
  render() {
    const value = this.props.value || '';
    const max = this.props.field.get('max') || 160;
    const countId = this.props.forID + '-count';
    return h('div', {},
      h('textarea', {
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value,
        rows: 3,
        'aria-describedby': countId,
        onChange: e => this.props.onChange(e.target.value),
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
      }),
      h('p', { id: countId, 'aria-live': 'polite', 'data-over': value.length > max ? 'true' : 'false',
        style: { margin: '4px 0 0', fontWeight: value.length > max ? 'bold' : 'normal', color: value.length > max ? '#a00' : '#333' } },
        value.length + ' of ' + max + ' characters' + (value.length > max ? ': shorten it' : '')));
  },
});

function listOf(value) {
  const list = value && value.toJS ? value.toJS() : value;
  return Array.isArray(list) ? list : [];
}

/**
 * The topics, typed as the header writes them ("knee pain, exercise"). Decap's own list field splits and trims at
 * every key, so that the space in "knee pain" could not be typed; this one keeps what the writer types while they
 * type, and gives the CMS the list.
 */
const Topics = createClass({
  getInitialState() {
    return { text: null };
  },
  render() {
    const shown = this.state.text !== null ? this.state.text : listOf(this.props.value).join(', ');
    return h('input', {
      type: 'text',
      id: this.props.forID,
      className: this.props.classNameWrapper,
      value: shown,
      onChange: e => {
        this.setState({ text: e.target.value });
        this.props.onChange(e.target.value.split(',').map(t => t.trim()).filter(t => t !== ''));
      },
      onFocus: this.props.setActiveStyle,
      onBlur: () => {
        this.setState({ text: null });
        this.props.setInactiveStyle();
      },
    });
  },
});

/**
 * The article's text, as AsciiDoc, with a button that adds a picture: the writer picks or uploads it (it goes to
 * assets/images/), describes it, and the line image::name.jpg[description] is added where the cursor is. An
 * article with a picture that has no description cannot be saved.
 */
const AsciidocBody = createClass({
  getInitialState() {
    return { picture: null, description: '' };
  },
  // the CMS shows a field again only when its value changes, unless the field says otherwise: this one must see
  // the picture chosen in the media library (mediaPaths) too
  shouldComponentUpdate() {
    return true;
  },
  isValid() {
    const missing = missingDescription(this.props.value);
    return missing === null ? true : { error: { message: missing } };
  },
  componentDidUpdate() {
    const chosen = this.props.mediaPaths && this.props.mediaPaths.get(this.props.forID);
    if (chosen && chosen !== this.state.picture) {
      const path = typeof chosen === 'string' ? chosen : chosen.path || String(chosen);
      this.props.onRemoveInsertedMedia(this.props.forID);
      this.setState({ picture: path.split('/').pop(), description: '' });
    }
  },
  openPictures() {
    this.props.onOpenMediaLibrary({
      controlID: this.props.forID,
      forImage: true,
      privateUpload: false,
      value: '',
      allowMultiple: false,
      field: this.props.field,
    });
  },
  insertPicture() {
    const description = this.state.description.trim();
    if (description === '') {
      return;
    }
    const quoted = description.includes(',') ? '"' + description.replace(/"/g, '') + '"' : description;
    const line = 'image::' + this.state.picture + '[' + quoted + ']';
    const value = this.props.value || '';
    const area = document.getElementById(this.props.forID);
    const at = area && typeof area.selectionStart === 'number' ? area.selectionStart : value.length;
    const before = value.slice(0, at);
    const after = value.slice(at);
    const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const trail = after.startsWith('\n') ? '\n' : '\n\n';
    this.props.onChange(before + lead + line + trail + after);
    this.setState({ picture: null, description: '' });
  },
  render() {
    const value = this.props.value || '';
    const describeId = this.props.forID + '-picture-description';
    const missing = missingDescription(value);
    return h('div', {},
      h('textarea', {
        id: this.props.forID,
        className: this.props.classNameWrapper,
        value,
        rows: 24,
        style: { fontFamily: 'monospace', minHeight: '24em' },
        onChange: e => this.props.onChange(e.target.value),
        onFocus: this.props.setActiveStyle,
        onBlur: this.props.setInactiveStyle,
      }),
      missing !== null
        ? h('p', { role: 'alert', style: { color: '#a00', margin: '4px 0' } }, missing)
        : null,
      this.state.picture === null
        ? h('button', { type: 'button', className: 'add-picture', onClick: () => this.openPictures(), style: { marginTop: '8px' } },
            'Add a picture')
        : h('div', { className: 'describe-picture', style: { marginTop: '8px' } },
            h('label', { htmlFor: describeId }, 'Describe ' + this.state.picture + ' for readers who cannot see it (required)'),
            h('input', { id: describeId, type: 'text', value: this.state.description, style: { display: 'block', width: '100%' },
              onChange: e => this.setState({ description: e.target.value }) }),
            h('button', { type: 'button', className: 'insert-picture', disabled: this.state.description.trim() === '',
              onClick: () => this.insertPicture() }, 'Add the picture to the article'),
            h('button', { type: 'button', onClick: () => this.setState({ picture: null, description: '' }) }, 'Cancel')));
  },
});

/** The article as readers will see it: Asciidoctor.js, the site's CSS, and the clinic's facts filled in. */
function articlePreview(attributes) {
  return createClass({
    getInitialState() {
      return { html: '', rendered: null };
    },
    componentDidMount() {
      this.renderBody();
    },
    componentDidUpdate() {
      this.renderBody();
    },
    renderBody() {
      const body = this.props.entry.getIn(['data', 'body']) || '';
      if (body === this.state.rendered) {
        return;
      }
      convert(body, { safe: 'secure', attributes: Object.assign({ imagesdir: '/images', showtitle: false }, attributes) })
        .then(html => this.setState({ html: String(html), rendered: body }))
        .catch(e => this.setState({ html: '<p>The preview cannot show this text: ' + String(e.message || e)
          .replace(/[<&]/g, c => (c === '<' ? '&lt;' : '&amp;')) + '</p>', rendered: body }));
    },
    render() {
      const data = this.props.entry.get('data');
      const tags = listOf(data.get('tags'));
      // named, as the tool's page around the preview has a main landmark too (axe: landmark-unique)
      return h('main', { className: 'content', 'aria-label': 'Preview' },
        lintPanel(h, this.props.entry, LOCAL),
        h('article', { className: 'article' },
          h('header', {},
            // never an empty heading: screen readers would announce nothing (axe: empty-heading)
            h('h1', {}, data.get('title') || 'Your title shows here'),
            h('p', { className: 'meta' }, [data.get('date'), data.get('author')].filter(Boolean).join(' · ')),
            data.get('reviewed_by')
              ? h('p', { className: 'reviewed' }, 'Medically reviewed by ' + data.get('reviewed_by')
                + (data.get('reviewed_on') ? ' on ' + data.get('reviewed_on') : ''))
              : null,
            tags.length > 0 ? h('ul', { className: 'tags', 'aria-label': 'Topics' }, tags.map(t => h('li', { key: t }, t))) : null),
          h('div', { className: 'body', dangerouslySetInnerHTML: { __html: this.state.html } })));
    },
  });
}

/** Decap's preview frame has no name for screen readers (axe: frame-title): it gets one when it appears. */
function namePreviewFrame() {
  const frame = document.getElementById('preview-pane');
  if (frame && !frame.title) {
    frame.title = 'Preview of the article as readers will see it';
    // and the page inside it its language and name, so that screen readers read what it lists as English
    const inside = () => {
      const doc = frame.contentDocument;
      if (doc && doc.documentElement && !doc.documentElement.lang) {
        doc.documentElement.lang = 'en';
        doc.title = frame.title;
      }
    };
    frame.addEventListener('load', inside);
    inside();
  }
}

/**
 * Decap's sign-in page and article form have no main landmark, and its sign-in page no heading (axe:
 * landmark-one-main, region, page-has-heading-one); its list of articles has both. So index.html's wrapper is the
 * page's main landmark, with a heading for screen readers, except while Decap shows a main of its own: two would nest.
 */
function markMainLandmark() {
  const wrapper = document.getElementById('writing-tool');
  const decapHasOne = wrapper.querySelector('#nc-root main') !== null;
  if (decapHasOne === wrapper.hasAttribute('role')) {
    if (decapHasOne) {
      wrapper.removeAttribute('role');
    } else {
      wrapper.setAttribute('role', 'main');
    }
    wrapper.querySelector('h1').hidden = decapHasOne;
  }
}

/** Gives {@code element} a name for screen readers unless it has one. */
function nameIfUnnamed(element, name) {
  if (element && !element.hasAttribute('aria-label')) {
    element.setAttribute('aria-label', name);
  }
}

/**
 * The items of Decap's lists (offices, retired numbers) have buttons that show only an icon, and no name for screen
 * readers (axe: button-name, aria-command-name): the one that opens or closes the item, the handle to move it, and
 * the one that removes it.
 */
function nameListItemButtons() {
  for (const bar of document.querySelectorAll('[class*="StyledListItemTopBar"]')) {
    if (bar.firstElementChild && bar.firstElementChild.tagName === 'BUTTON') {
      nameIfUnnamed(bar.firstElementChild, 'Open or close this item');
    }
    nameIfUnnamed(bar.querySelector('[aria-roledescription="sortable"]'), 'Move this item');
    if (bar.lastElementChild && bar.lastElementChild.tagName === 'BUTTON' && bar.children.length > 1) {
      nameIfUnnamed(bar.lastElementChild, 'Remove this item');
    }
  }
}

/** Decap's loading bar, a canvas at the top of the page, says nothing to screen readers (axe: region). */
function hideLoadingBar() {
  for (const bar of document.querySelectorAll('body > canvas:not([aria-hidden])')) {
    bar.setAttribute('aria-hidden', 'true');
  }
}

/** What Decap's pages lack for screen readers, added whenever it changes the page. */
function completeDecapsPages() {
  const complete = () => {
    namePreviewFrame();
    markMainLandmark();
    nameListItemButtons();
    hideLoadingBar();
  };
  new MutationObserver(complete).observe(document.body, { childList: true, subtree: true });
  complete();
}

async function start() {
  completeDecapsPages();
  const [site] = await Promise.all([fetch('site.json').then(r => r.json()), loadLintRules()]);
  CMS.registerCustomFormat('clinic-article', 'adoc', { fromFile, toFile });
  CMS.registerCustomFormat('clinic-facts', 'yml', { fromFile: facts.fromFile, toFile: facts.toFile });
  // the build's rules for data/clinic.yml that the form's own checks cannot say stop the save, in the build's words
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const problems = entry.get('collection') === 'facts' ? factsProblems(entry.get('data').toJS()) : [];
      if (problems.length > 0) {
        throw new Error(describe(problems));
      }
    },
  });
  CMS.registerWidget('counted-text', CountedText);
  CMS.registerWidget('asciidoc', AsciidocBody);
  CMS.registerWidget('topics', Topics);
  CMS.registerPreviewStyle(site.css);
  CMS.registerPreviewTemplate('blog', articlePreview(site.attributes));
  CMS.init(LOCAL
    ? { config: { local_backend: { url: location.origin + '/api/v1', allowed_hosts: [location.hostname] }, publish_mode: 'simple' } }
    : {});
}

start();
