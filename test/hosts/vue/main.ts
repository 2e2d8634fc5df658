// The kit's elements registered, and their types in every template (README, "Vue 3").
import 'customer-area-kit/all.js';
import 'customer-area-kit/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
