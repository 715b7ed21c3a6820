// First: before any shared schema is built (see the file).
import './zodWithoutEval';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { createWebHistory } from 'vue-router';
import App from './App.vue';
import { createAppI18n, loadConsoleMessages, showAppIn } from './i18n';
import { createAppRouter } from './router';
import './styles/base.css';

const app = createApp(App);
app.use(createPinia());
const i18n = createAppI18n();
app.use(i18n);
// The browser's language until a surface knows better (the pair's choice, the session's).
void showAppIn(i18n.global, ...navigator.languages);
app.use(createAppRouter(createWebHistory(), { prepareStaffSurface: () => loadConsoleMessages(i18n.global) }));
app.mount('#app');
