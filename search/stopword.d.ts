declare module "stopword" {
  export const nld: string[];
  export const eng: string[];
}
