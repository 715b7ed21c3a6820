import { createRouter, createWebHistory, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import StartPage from '../pages/StartPage.vue';

export interface RouterDeps {
  /** Loads what the console and projector need before they render (their strings). */
  prepareStaffSurface?: () => Promise<void>;
}

/*
 * One route group per surface. Everything but the start page is lazy, so a phone
 * never downloads the console or the projector (see scripts/bundle-size.mjs).
 */
export function appRoutes(deps: RouterDeps = {}): RouteRecordRaw[] {
  const prepareStaff = async () => {
    await deps.prepareStaffSurface?.();
  };
  return [
    { path: '/', name: 'start', component: StartPage },
    { path: '/join/:code?', name: 'join', component: () => import('../join/JoinPage.vue') },
    { path: '/pair/:sessionId', name: 'pair', component: () => import('../pair/PairPage.vue') },
    {
      path: '/facilitate',
      component: () => import('../facilitate/ConsoleLayout.vue'),
      beforeEnter: prepareStaff,
      children: [
        { path: '', name: 'console', component: () => import('../facilitate/SessionsPage.vue') },
        { path: 'new', name: 'console-new', component: () => import('../facilitate/NewSessionPage.vue') },
        { path: 'sessions/:id', name: 'console-session', component: () => import('../facilitate/SessionPage.vue') },
        { path: 'invite', name: 'console-invite', component: () => import('../facilitate/InvitePage.vue') },
      ],
    },
    // Links built by links.ts (inviteLink, passwordResetLink); the token rides in the fragment.
    { path: '/invite', redirect: (to) => ({ name: 'console-invite', hash: to.hash }) },
    { path: '/reset-password', name: 'reset-password', component: () => import('../facilitate/ResetPasswordPage.vue'), beforeEnter: prepareStaff },
    { path: '/screen/:sessionId', name: 'screen', component: () => import('../screen/ScreenPage.vue'), beforeEnter: prepareStaff },
    { path: '/handout/:pairId', name: 'handout', component: () => import('../handout/HandoutPage.vue') },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('../pages/NotFoundPage.vue') },
  ];
}

export function createAppRouter(history: RouterHistory = createWebHistory(), deps: RouterDeps = {}): Router {
  return createRouter({
    history,
    routes: appRoutes(deps),
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
}
