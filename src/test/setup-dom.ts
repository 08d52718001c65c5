import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { releaseDeferredModules } from '@/lib/deferred-module';

// Components under test get their deferred chunks as soon as they ask: no first rows to wait for.
releaseDeferredModules();

afterEach(() => {
  cleanup();
});
