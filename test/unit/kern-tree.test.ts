import { describe, expect, it } from 'vitest';
import { makesKernCycle } from '../../src/shared/kern-tree.ts';

// Dalfsen ← Oudleusen ← Hoonhorst; Lemelerveld on its own.
const kernen = [
  { id: 'dalfsen', parentId: null },
  { id: 'oudleusen', parentId: 'dalfsen' },
  { id: 'hoonhorst', parentId: 'oudleusen' },
  { id: 'lemelerveld', parentId: null },
];

describe('a kern parent that would make a cycle', () => {
  it('refuses the kern itself', () => {
    expect(makesKernCycle(kernen, 'dalfsen', 'dalfsen')).toBe(true);
  });

  it('refuses a kern below it, directly or further down', () => {
    expect(makesKernCycle(kernen, 'dalfsen', 'oudleusen')).toBe(true);
    expect(makesKernCycle(kernen, 'dalfsen', 'hoonhorst')).toBe(true);
    expect(makesKernCycle(kernen, 'oudleusen', 'hoonhorst')).toBe(true);
  });

  it('allows no parent, a kern above it, and a kern in another branch', () => {
    expect(makesKernCycle(kernen, 'hoonhorst', null)).toBe(false);
    expect(makesKernCycle(kernen, 'hoonhorst', 'dalfsen')).toBe(false);
    expect(makesKernCycle(kernen, 'dalfsen', 'lemelerveld')).toBe(false);
    expect(makesKernCycle(kernen, 'lemelerveld', 'hoonhorst')).toBe(false);
    // Moving a kern under its own parent again changes nothing and is fine.
    expect(makesKernCycle(kernen, 'oudleusen', 'dalfsen')).toBe(false);
  });

  it('ends on a loop already in the data and an unknown parent', () => {
    const broken = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
      { id: 'c', parentId: null },
    ];
    expect(makesKernCycle(broken, 'c', 'a')).toBe(false);
    expect(makesKernCycle(broken, 'a', 'b')).toBe(true);
    expect(makesKernCycle(kernen, 'dalfsen', 'nowhere')).toBe(false);
  });
});
