// html-validate over dist/: the recommended rules, with each exception explained.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The MDX renderer writes GFM task-list checkboxes as <input />; both spellings are valid HTML.
    'void-style': 'off',
  },
};
