import type { Node, Parent } from 'unist';
import type { visit as unistVisit } from 'unist-util-visit';
import type { visitParents as unistVisitParents } from 'unist-util-visit-parents';

/**
 * `visit` and `visitParents` of unist-util-visit(-parents), the same API and the same order and
 * actions (SKIP, EXIT, the index to go on at), without what makes them slow on a thousand notes:
 * they allocate closures and an array of ancestors for every node, and `visit` finds each node's
 * index with `indexOf`. Here one stack of ancestors is shared by the whole walk (a visitor gets a
 * copy of it), and a node's index is the one the walk is at. The converter walks every note's tree
 * once per concern; this is most of its time after parsing.
 */

const CONTINUE = true;
const EXIT = false;
export const SKIP = 'skip';

type Test = string | readonly string[] | ((node: Node, index?: number, parent?: Parent) => unknown) | null | undefined;
type Action = typeof CONTINUE | typeof EXIT | typeof SKIP | void;
type Result = Action | number | readonly [Action, number?] | null | undefined;
type Visitor = (node: Node, index: number | undefined, ancestors: Parent[]) => Result;

function matches(test: Test, node: Node, index: number | undefined, parent: Parent | undefined): boolean {
  if (test === null || test === undefined) return true;
  if (typeof test === 'string') return node.type === test;
  if (typeof test === 'function') return Boolean(test(node, index, parent));
  return test.includes(node.type);
}

function walk(tree: Node, test: Test, visitor: Visitor, reverse: boolean): void {
  const stack: Parent[] = [];
  const step = reverse ? -1 : 1;
  /** False when the walk must stop (EXIT); else the index to go on at among the siblings (or undefined: the next one). */
  const one = (node: Node, index: number | undefined): false | number | undefined => {
    let action: Action = undefined;
    let next: number | undefined;
    if (matches(test, node, index, stack.at(-1))) {
      const result = visitor(node, index, stack);
      if (Array.isArray(result)) {
        action = result[0] as Action;
        next = typeof result[1] === 'number' ? result[1] : undefined;
      } else if (typeof result === 'number') next = result;
      else action = result as Action;
      if (action === EXIT) return false;
    }
    const children = (node as Partial<Parent>).children;
    if (children && action !== SKIP) {
      stack.push(node as Parent);
      let offset = reverse ? children.length - 1 : 0;
      while (offset > -1 && offset < children.length) {
        const child = children[offset] as Node;
        const outcome = one(child, offset);
        if (outcome === false) return false;
        offset = typeof outcome === 'number' ? outcome : offset + step;
      }
      stack.pop();
    }
    return next;
  };
  one(tree, undefined);
}

/** The optional test of a call, put in its place. */
function argumentsOf(rest: unknown[]): [Test, (...args: never[]) => Result, boolean] {
  const [test, visitor, reverse] =
    typeof rest[0] === 'function' && typeof rest[1] !== 'function' ? [null, ...rest] : rest;
  return [test as Test, visitor as (...args: never[]) => Result, Boolean(reverse)];
}

/** As unist-util-visit-parents' `visitParents(tree, test?, visitor, reverse?)`: the visitor gets the node and a copy of its ancestors. */
export const visitParents = ((tree: Node, ...rest: unknown[]) => {
  const [test, visitor, reverse] = argumentsOf(rest);
  const call = visitor as (node: Node, ancestors: Parent[]) => Result;
  walk(tree, test, (node, _index, stack) => call(node, stack.slice()), reverse);
}) as typeof unistVisitParents;

/** As unist-util-visit's `visit(tree, test?, visitor, reverse?)`: the visitor gets the node, its index and its parent. */
export const visit = ((tree: Node, ...rest: unknown[]) => {
  const [test, visitor, reverse] = argumentsOf(rest);
  const call = visitor as (node: Node, index: number | undefined, parent: Parent | undefined) => Result;
  walk(tree, test, (node, index, stack) => call(node, index, stack.at(-1)), reverse);
}) as typeof unistVisit;
