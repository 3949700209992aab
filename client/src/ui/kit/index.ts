// The app's own small UI kit: the five components it used from antd-mobile (issue 17, first screen).
import './kit.css';

export { Button, type ButtonProps } from './Button';
export { Dialog } from './Dialog';
export { List } from './List';
export { Tabs } from './Tabs';
export { Toast } from './Toast';
