// The drawings of the scenes this scenario shows arrive before the page renders (scene-parts.ts).
export { withSceneParts as load } from '$lib/stage/scenes/scene-parts';
