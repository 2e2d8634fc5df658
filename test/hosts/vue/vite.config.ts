// Vue compiles the kit's tags as custom elements (README, "Vue 3").
import vue from '@vitejs/plugin-vue';
import { isKitTag } from 'customer-area-kit/vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isKitTag } } })],
});
